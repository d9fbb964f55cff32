import Foundation
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The record keeping of a case around its stages: the plan revised during the intervention (CASE-08), the client's
/// 服务评估表 at the end (CASE-11), and the month's new and closed cases for the monthly report (CASE-15).
final class CaseRecordKeepingTests: CaseTestCase {
    private let firstPlan = PlanContent(goals: [PlanGoal(title: "居家安全", measurableTarget: "三个月内无跌倒")])

    /// A case taken to 介入 with its assessment and first plan.
    private func caseInIntervention() throws -> CaseFile {
        let caseFile = try openedCase()
        try advance(caseFile)
        try database.saveAssessment(caseID: caseFile.id, AssessmentContent(problem: "居家安全风险"), as: session(frA),
                                    at: now)
        try advance(caseFile)
        try database.savePlan(caseID: caseFile.id, firstPlan, as: session(frA), at: now)
        try advance(caseFile)
        return caseFile
    }

    func testCASE08_thePlanIsRevisedDuringTheIntervention_andEachRevisionIsLogged() throws {
        let caseFile = try caseInIntervention()
        XCTAssertEqual(try detail(caseFile).caseFile.stage, .intervention)
        try database.addServiceRecord(serviceRecord(caseFile), as: session(frA), at: now)
        var revised = firstPlan
        revised.goals.append(PlanGoal(title: "家庭支持", measurableTarget: "子女每周探望一次"))
        try database.savePlan(caseID: caseFile.id, revised, as: session(frA), at: now)
        XCTAssertEqual(try detail(caseFile).plan?.goals.map(\.title), ["居家安全", "家庭支持"])
        // A contact reports progress on the revised plan's goals.
        var contact = serviceRecord(caseFile)
        contact.goalProgress = [GoalProgress(goal: "家庭支持", progress: "与女儿商定探望时间")]
        try database.addServiceRecord(contact, as: session(frA), at: now)
        let planEdits = try database.writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM auditEntry WHERE action = 'edit' AND recordID = ? AND detail = 'plan'
                """, arguments: [caseFile.id]) ?? 0
        }
        XCTAssertEqual(planEdits, 2, "the first plan and its revision")
    }

    func testCASE11_theServiceEvaluationFormNeedsItsResult_andCompletesItsArchiveDocument() throws {
        let caseFile = try caseInIntervention()
        try database.addServiceRecord(serviceRecord(caseFile), as: session(frA), at: now)
        try advance(caseFile)
        func formStatus() throws -> ArchiveDocumentStatus? {
            try detail(caseFile).archive.first { $0.kind == .serviceEvaluationForm }?.status
        }
        XCTAssertNotEqual(try formStatus(), .complete)
        let auditRows = try count("auditEntry")
        XCTAssertThrowsError(try database.saveEvaluation(
            caseID: caseFile.id, EvaluationContent(serviceEvaluationFormOn: today), as: session(frA), at: now)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "CASE-11")
        }
        XCTAssertEqual(try count("auditEntry"), auditRows, "nothing written")
        try database.saveEvaluation(caseID: caseFile.id,
                                    EvaluationContent(serviceEvaluationFormOn: today, serviceEvaluationFormResult: "满意"),
                                    as: session(frA), at: now)
        XCTAssertEqual(try formStatus(), .complete)
    }

    func testCASE15_theMonthsNewAndClosedCasesAreCountedWithinTheSessionsScope() throws {
        let first = try openedCase()
        _ = try openedCase()
        let close = try database.requestApproval(caseID: first.id, kind: .close(.clientRefusesService),
                                                 as: session(frA), at: now)
        try database.decide(requestID: close.id, outcome: .approved, as: session(assA), at: now)
        let march = try database.caseMonthFigures(year: today.year, month: today.month, as: session(frA), at: now)
        XCTAssertEqual(march, CaseMonthFigures(year: today.year, month: today.month, opened: 2, closed: 1, referred: 0,
                                               openAtMonthEnd: 1))
        let february = try database.caseMonthFigures(year: today.year, month: today.month - 1, as: session(frA), at: now)
        XCTAssertEqual([february.opened, february.closed, february.openAtMonthEnd], [0, 0, 0])
        let supervisor = try database.caseMonthFigures(year: today.year, month: today.month, as: session(assA), at: now)
        XCTAssertEqual(supervisor.opened, 2, "the supervisor counts the cases of the chain")
        let stranger = try database.caseMonthFigures(year: today.year, month: today.month, as: session(frB1), at: now)
        XCTAssertEqual(stranger.opened, 0, "another chain's cases are not counted")
        XCTAssertThrowsError(try database.caseMonthFigures(year: today.year, month: 13, as: session(frA), at: now))
    }
}
