import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The deadline facts the case list, the search and the due board read for many cases at once equal those the case
/// window reads for one case: every stage, a closed case, with and without an intake, stage contents, service
/// records and a plan sent for approval.
final class CaseDeadlineFactsTests: CaseTestCase {
    /// A case of a new client held by frA, opened `daysAgo` days ago, its intake's contact two days earlier.
    func caseOpened(daysAgo: Int, intake: Bool = true) throws -> CaseFile {
        let client = try addClient(frA)
        try addConsent(client, by: frA, daysAgo: daysAgo + 5)
        let openedOn = today.adding(days: -daysAgo)
        let intakeID = intake
            ? try database.recordIntake(intakeDraft(client, contact: openedOn.adding(days: -2)), as: session(frA),
                                        at: now).id
            : nil
        return try database.openCase(clientID: client.id, intakeID: intakeID, openedOn: openedOn, as: session(frA),
                                     at: now)
    }

    func assess(_ caseFile: CaseFile, reportDate: CalendarDate?) throws {
        try advance(caseFile)
        try database.saveAssessment(caseID: caseFile.id, AssessmentContent(problem: "居家安全风险", reportText: "预估报告",
                                                                           reportDate: reportDate),
                                    as: session(frA), at: now)
    }

    func plan(_ caseFile: CaseFile, startsOn: CalendarDate?) throws {
        try advance(caseFile)
        try database.savePlan(caseID: caseFile.id,
                              PlanContent(goals: [PlanGoal(title: "居家安全", measurableTarget: "三个月内无跌倒")],
                                          serviceStartsOn: startsOn), as: session(frA), at: now)
    }

    func record(_ caseFile: CaseFile, daysAgo: Int) throws {
        try database.addServiceRecord(serviceRecord(caseFile, on: today.adding(days: -daysAgo)), as: session(frA),
                                      at: now)
    }

    /// Nine cases covering each fact present and absent.
    func variedCases() throws -> [String] {
        let intake = try caseOpened(daysAgo: 0)
        let noIntake = try caseOpened(daysAgo: 3, intake: false)
        let served = try caseOpened(daysAgo: 40)
        try record(served, daysAgo: 35)
        try record(served, daysAgo: 12)
        let assessed = try caseOpened(daysAgo: 60)
        try assess(assessed, reportDate: today.adding(days: -20))
        let unreported = try caseOpened(daysAgo: 8)
        try assess(unreported, reportDate: nil)
        let planning = try caseOpened(daysAgo: 90)
        try assess(planning, reportDate: today.adding(days: -80))
        try plan(planning, startsOn: today.adding(days: 20))
        let intervention = try caseOpened(daysAgo: 120)
        try assess(intervention, reportDate: today.adding(days: -100))
        try plan(intervention, startsOn: today.adding(days: -5))
        try advance(intervention)
        try record(intervention, daysAgo: 4)
        let evaluation = try caseOpened(daysAgo: 200)
        try assess(evaluation, reportDate: today.adding(days: -190))
        try plan(evaluation, startsOn: nil)
        try advance(evaluation)
        try record(evaluation, daysAgo: 150)
        try advance(evaluation)
        try database.saveEvaluation(caseID: evaluation.id,
                                    EvaluationContent(scalesUsed: "跌倒风险量表", serviceEvaluationFormOn: today,
                                                      serviceEvaluationFormResult: "满意",
                                                      closingEvaluationOn: today.adding(days: -1)),
                                    as: session(frA), at: now)
        try database.markProblemSolved(caseID: evaluation.id, on: today.adding(days: -30), as: session(frA), at: now)
        try database.recordStageReview(caseID: evaluation.id, on: today.adding(days: -60), as: session(frA), at: now)
        let closed = try caseOpened(daysAgo: 30)
        try assess(closed, reportDate: today)
        try plan(closed, startsOn: today.adding(days: 10))
        try advance(closed)
        try record(closed, daysAgo: 0)
        try advance(closed)
        try database.saveEvaluation(caseID: closed.id,
                                    EvaluationContent(scalesUsed: "跌倒风险量表", serviceEvaluationFormOn: today,
                                                      serviceEvaluationFormResult: "满意", closingEvaluationOn: today),
                                    as: session(frA), at: now)
        try database.markProblemSolved(caseID: closed.id, on: today, as: session(frA), at: now)
        try advance(closed)
        try database.saveClosing(caseID: closed.id, ClosingContent(reason: .goalsAchieved, clientFeedback: "很满意",
                                                                   outcomeFormCompleted: true, followUp: "电话回访",
                                                                   report: "结案报告"), as: session(frA), at: now)
        let close = try database.requestApproval(caseID: closed.id, kind: .close(.goalsAchieved), as: session(frA),
                                                 at: now)
        try database.decide(requestID: close.id, outcome: .approved, as: session(assA), at: now)
        return [intake, noIntake, served, assessed, unreported, planning, intervention, evaluation, closed].map(\.id)
    }

    func testCASE05_CASE06_CASE07_CASE09_CASE10_batchedFactsEqualEachCasesFacts() throws {
        let ids = try variedCases()
        try database.writer.read { db in
            let cases = try ids.map { try XCTUnwrap(AppDatabase.fetchCaseFile(db, id: $0)) }
            XCTAssertEqual(Set(cases.map(\.stage)), Set(CaseStage.allCases))
            XCTAssertTrue(cases.contains { $0.state == .closed })
            let single = try cases.map { try AppDatabase.deadlineFacts(db, $0) }
            // Each fact is present in one case at least and absent in another.
            let present: [(CaseDeadlineFacts) -> CalendarDate?] = [
                \.endedOn, \.intakeContactOn, \.intakeRecordedOn, \.firstServiceOn, \.assessmentReportOn,
                \.stageReviewOn, \.problemSolvedOn, \.closingEvaluationOn, \.planServiceStartsOn, \.planSubmittedOn,
            ]
            for (index, fact) in present.enumerated() {
                XCTAssertTrue(single.contains { fact($0) != nil }, "fact \(index) never present")
                XCTAssertTrue(single.contains { fact($0) == nil }, "fact \(index) never absent")
            }
            // The earliest service on or after opening, not the latest.
            XCTAssertEqual(single[2].firstServiceOn, today.adding(days: -35))
            for size in [1, 2, 4, AppDatabase.deadlineFactsBatchSize] {
                let batched = try AppDatabase.deadlineFacts(db, cases, batchSize: size)
                XCTAssertEqual(batched.count, cases.count)
                XCTAssertEqual(cases.map { batched[$0.id] }, single, "batches of \(size)")
            }
            XCTAssertEqual(try AppDatabase.deadlineFacts(db, []), [:])
            // The ids travel as JSON: one needing escapes comes back as itself (no such case: no facts read).
            let odd = cases[0]
            let escaped = CaseFile(id: "a\"b\\c\nd", code: odd.code, clientID: odd.clientID, intakeID: "i\"1",
                                   holderCode: odd.holderCode, servicePointID: odd.servicePointID,
                                   openedOn: odd.openedOn, stage: odd.stage, state: odd.state, ending: nil,
                                   problemSolvedOn: nil, stageReviewOn: nil, closedOn: nil)
            XCTAssertEqual(try AppDatabase.deadlineFacts(db, [escaped, odd]),
                           [escaped.id: try AppDatabase.deadlineFacts(db, escaped), odd.id: single[0]])
        }
    }

    func testCASE06_theListShowsEachCasesNextDeadlineAsTheCaseWindowComputesIt() throws {
        let ids = try variedCases()
        for later in [0, 10, 45] {
            let at = now.addingTimeInterval(Double(later) * 86_400)
            let day = today.adding(days: later)
            let expected = try database.writer.read { db in
                let calculator = try AppDatabase.caseDeadlines(db)
                return try ids.map { id -> CaseDeadline? in
                    let caseFile = try XCTUnwrap(AppDatabase.fetchCaseFile(db, id: id))
                    return calculator.next(for: try AppDatabase.deadlineFacts(db, caseFile), today: day)
                }
            }
            let byID = Dictionary(uniqueKeysWithValues: zip(ids, expected))
            let listed = try database.cases(sortedBy: .code, as: session(frA), at: at)
            XCTAssertEqual(Set(listed.map(\.id)), Set(ids))
            for summary in listed {
                XCTAssertEqual(summary.nextDeadline, byID[summary.id] ?? nil, summary.code)
            }
            let overdue = ids.filter { byID[$0]??.status == .overdue }
            let shownOverdue = try database.cases(matching: CaseFilter(overdueOnly: true), sortedBy: .code,
                                                  as: session(frA), at: at)
            XCTAssertEqual(Set(shownOverdue.map(\.id)), Set(overdue))
            let limited = try database.cases(matching: CaseFilter(overdueOnly: true), sortedBy: .code,
                                             as: session(frA), limit: 2, at: at)
            XCTAssertEqual(limited.map(\.id), Array(shownOverdue.map(\.id).prefix(2)))
        }
    }
}
