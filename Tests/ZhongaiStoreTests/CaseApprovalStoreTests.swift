import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class CaseApprovalStoreTests: CaseTestCase {
    func testCASE02_aRequestAloneDoesNotMoveTheStage_theSupervisorsApprovalDoes() throws {
        let caseFile = try openedCase()
        let request = try database.requestApproval(caseID: caseFile.id, kind: .advance(to: .assessment),
                                                   note: "接案资料齐全", as: session(frA), at: now)
        XCTAssertTrue(request.isPending)
        XCTAssertEqual(try detail(caseFile).caseFile.stage, .intake)
        XCTAssertEqual(try lastAudit()?.action, .view)
        // There is no stage setter; the database itself refuses a move without an approval.
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE caseFile SET stage = 'assessment' WHERE id = ?", arguments: [caseFile.id])
        }) { XCTAssertTrue("\($0)".contains("CASE-02"), "\($0)") }
        // One request at a time.
        try assertRefusedAndLogged(field: "Approval", rule: "CASE-02", by: frA) {
            try database.requestApproval(caseID: caseFile.id, kind: .advance(to: .assessment), as: session(frA), at: now)
        }
        let decided = try database.decide(requestID: request.id, outcome: .approved, comment: "同意",
                                          as: session(assA), at: now)
        XCTAssertEqual(decided.decision?.decidedBy, assA.code)
        XCTAssertEqual(try lastAudit()?.action, .approve)
        let shown = try detail(caseFile)
        XCTAssertEqual(shown.caseFile.stage, .assessment)
        XCTAssertEqual(shown.approvals.map(\.id), [request.id])
        XCTAssertNil(shown.pendingRequest)
        // The history is never edited.
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE approvalDecision SET comment = 'x'")
        })
        XCTAssertThrowsError(try database.writer.write { db in try db.execute(sql: "DELETE FROM approvalRequest") })
    }

    func testCASE02_nobodyApprovesTheirOwnCase_norOutsideTheChain() throws {
        let own = try openedCase(assA)
        let request = try database.requestApproval(caseID: own.id, kind: .advance(to: .assessment),
                                                   as: session(assA), at: now)
        let denial = try assertDenied(.ownRecordApproval) {
            try database.decide(requestID: request.id, outcome: .approved, as: session(assA), at: now)
        }
        XCTAssertEqual(denial?.rule, "CASE-02")
        XCTAssertTrue(denial?.description.contains("CASE-02") ?? false)
        // The supervisor above approves it.
        try database.decide(requestID: request.id, outcome: .approved, as: session(traA), at: now)
        XCTAssertEqual(try detail(own, as: assA).caseFile.stage, .assessment)

        let caseFile = try openedCase()
        let waiting = try database.requestApproval(caseID: caseFile.id, kind: .advance(to: .assessment),
                                                   as: session(frA), at: now)
        try assertDenied(.actionNotGranted) {
            try database.decide(requestID: waiting.id, outcome: .approved, as: session(frA2), at: now)
        }
        try assertDenied(.outsideScope) {
            try database.decide(requestID: waiting.id, outcome: .approved, as: session(assB), at: now)
        }
        // A supervisor who asked on the worker's behalf does not decide their own request.
        let behalf = try openedCase()
        let asked = try database.requestApproval(caseID: behalf.id, kind: .advance(to: .assessment),
                                                 as: session(assA), at: now)
        try assertRefusedAndLogged(field: "Approver", rule: "CASE-02", by: assA) {
            try database.decide(requestID: asked.id, outcome: .approved, as: session(assA), at: now)
        }
        XCTAssertEqual(try detail(caseFile).caseFile.stage, .intake)
    }

    func testCASE02_aRejectionSaysWhy_andTheWorkerAsksAgain() throws {
        let caseFile = try openedCase()
        let request = try database.requestApproval(caseID: caseFile.id, kind: .advance(to: .assessment),
                                                   as: session(frA), at: now)
        try assertRefused(database, field: "Comment", rule: "CASE-02") {
            try database.decide(requestID: request.id, outcome: .rejected, comment: " ", as: session(assA), at: now)
        }
        try database.decide(requestID: request.id, outcome: .revisionRequested, comment: "补充家庭情况",
                            as: session(assA), at: now)
        XCTAssertEqual(try lastAudit()?.action, .revisionRequested)
        XCTAssertEqual(try detail(caseFile).caseFile.stage, .intake)
        try assertRefusedAndLogged(field: "Request", rule: "CASE-02", by: assA) {
            try database.decide(requestID: request.id, outcome: .approved, as: session(assA), at: now)
        }
        let again = try database.requestApproval(caseID: caseFile.id, kind: .advance(to: .assessment),
                                                 as: session(frA), at: now)
        try database.decide(requestID: again.id, outcome: .approved, as: session(supA), at: now)
        let history = try detail(caseFile).approvals
        XCTAssertEqual(history.map { $0.decision?.outcome }, [.revisionRequested, .approved])
        XCTAssertEqual(history.first?.decision?.comment, "补充家庭情况")
    }

    func testCASE01_CASE13_onlyTheNextStage_andOnlyOnceItsContentIsThere() throws {
        let client = try addClient()
        let caseFile = try database.openCase(clientID: client.id, openedOn: today, as: session(frA), at: now)
        try assertRefused(database, field: "Stage", rule: "CASE-01") {
            try database.requestApproval(caseID: caseFile.id, kind: .advance(to: .planning), as: session(frA), at: now)
        }
        try assertRefused(database, field: "Stage", rule: "CASE-13") {
            try database.requestApproval(caseID: caseFile.id, kind: .advance(to: .assessment), as: session(frA), at: now)
        }
    }

    func testCASE03_CASE12_closingNeedsAReasonAndTheSupervisorsApproval() throws {
        let caseFile = try openedCase()
        let request = try database.requestApproval(caseID: caseFile.id, kind: .close(.clientRefusesService),
                                                   as: session(frA), at: now)
        XCTAssertEqual(try detail(caseFile).caseFile.state, .open)
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE caseFile SET state = 'closed', closingReason = 'goalsAchieved', closedOn = ?",
                           arguments: [today.description])
        }) { XCTAssertTrue("\($0)".contains("CASE-03"), "\($0)") }
        try database.decide(requestID: request.id, outcome: .approved, as: session(assA), at: now)
        let closed = try detail(caseFile).caseFile
        XCTAssertEqual(closed.state, .closed)
        XCTAssertEqual(closed.ending, .closed(.clientRefusesService))
        XCTAssertEqual(closed.closedOn, today)
        // An ended case takes no more work.
        try assertRefused(database, field: "Closing", rule: "CASE-01") {
            try database.saveClosing(caseID: caseFile.id, ClosingContent(reason: .clientRefusesService),
                                     as: session(frA), at: now)
        }
        XCTAssertEqual(try database.cases(matching: CaseFilter(state: .closed), as: session(frA), at: now).first?.closedOn, today)
    }

    func testCONF01_aReferralNeedsConsentToThatDisclosure_andGivesTheReferralForm() throws {
        let caseFile = try openedCase()
        let agency = "东莞市康复医院"
        try assertRefused(database, field: "Consent", rule: "CONF-01") {
            try database.requestApproval(caseID: caseFile.id, kind: .refer(agency: agency, reason: .otherAgencyHasAuthority),
                                         as: session(frA), at: now)
        }
        let consent = try addConsent(try detail(caseFile).client, agencies: [agency])
        try database.requestApproval(caseID: caseFile.id, kind: .refer(agency: " \(agency) ", reason: .otherAgencyHasAuthority),
                                     note: "需康复治疗", as: session(frA), at: now)
        let form = try database.referralForm(caseID: caseFile.id, as: session(frA), at: now)
        XCTAssertEqual(form.agency, agency)
        XCTAssertEqual(form.consentID, consent.id)
        XCTAssertEqual(form.clientName, "王小明")
        XCTAssertEqual(try lastAudit()?.action, .export)
        let pending = try XCTUnwrap(detail(caseFile).pendingRequest)
        try database.decide(requestID: pending.id, outcome: .approved, as: session(assA), at: now)
        let shown = try detail(caseFile)
        XCTAssertEqual(shown.caseFile.ending, .referred(agency: agency, reason: .otherAgencyHasAuthority))
        XCTAssertEqual(shown.archive.first { $0.kind == .referralForm }?.status, .approved)
    }

    func testCASE02_supervisorsUpTheChainSeeWhatWaits_othersDoNot() throws {
        let caseFile = try openedCase()
        let request = try database.requestApproval(caseID: caseFile.id, kind: .advance(to: .assessment),
                                                   as: session(frA), at: now)
        for supervisor in [assA, traA, supA] {
            let waiting = try database.pendingApprovals(as: session(supervisor!), at: now.addingTimeInterval(2 * 86_400))
            XCTAssertEqual(waiting.map(\.request.id), [request.id])
            XCTAssertEqual(waiting.first?.clientName, "王*明")
            XCTAssertEqual(waiting.first?.caseCode, caseFile.code)
            XCTAssertEqual(waiting.first?.requesterName, frA.name)
            XCTAssertEqual(waiting.first?.waitingDays, 2)
            XCTAssertEqual(try lastAudit()?.action, .list)
        }
        XCTAssertEqual(try database.pendingApprovals(as: session(assB), at: now), [])
        try assertDenied(.actionNotGranted) { _ = try database.pendingApprovals(as: session(frA), at: now) }
    }

    func testCASE01_toCASE14_aCaseFromIntakeToArchivedClosure() throws {
        let caseFile = try openedCase()
        try database.requestApproval(caseID: caseFile.id, kind: .advance(to: .assessment), as: session(frA), at: now)
        try database.decide(requestID: try XCTUnwrap(detail(caseFile).pendingRequest).id, outcome: .approved,
                            as: session(assA), at: now)
        try database.saveAssessment(caseID: caseFile.id, AssessmentContent(problem: "居家安全风险", reportText: "预估报告",
                                                                           reportDate: today), as: session(frA), at: now)
        try advance(caseFile)
        try database.savePlan(caseID: caseFile.id,
                              PlanContent(goals: [PlanGoal(title: "居家安全", measurableTarget: "三个月内无跌倒")],
                                          serviceStartsOn: today.adding(days: 10)), as: session(frA), at: now)
        try advance(caseFile)
        try database.addServiceRecord(serviceRecord(caseFile), as: session(frA), at: now)
        try advance(caseFile)
        try database.saveEvaluation(caseID: caseFile.id,
                                    EvaluationContent(scalesUsed: "跌倒风险量表", serviceEvaluationFormOn: today,
                                                      serviceEvaluationFormResult: "满意", closingEvaluationOn: today),
                                    as: session(frA), at: now)
        try database.markProblemSolved(caseID: caseFile.id, on: today, as: session(frA), at: now)
        try advance(caseFile)
        try database.saveClosing(caseID: caseFile.id, ClosingContent(reason: .goalsAchieved, clientFeedback: "很满意",
                                                                     outcomeFormCompleted: true, followUp: "一个月后电话回访",
                                                                     report: "结案报告"), as: session(frA), at: now)
        let close = try database.requestApproval(caseID: caseFile.id, kind: .close(.goalsAchieved), as: session(frA),
                                                 at: now)
        try database.decide(requestID: close.id, outcome: .approved, as: session(assA), at: now)
        let shown = try detail(caseFile)
        XCTAssertEqual(shown.caseFile.stage, .closing)
        XCTAssertEqual(shown.caseFile.state, .closed)
        XCTAssertEqual(shown.approvals.count, 6)
        XCTAssertEqual(shown.archive.map(\.status), [.complete, .approved, .approved, .complete, .approved, .approved,
                                                     .complete, .notApplicable, .notApplicable])
        XCTAssertEqual(shown.deadlines.first { $0.rule == "CASE-05" }?.status, .met)
        XCTAssertTrue(shown.deadlines.allSatisfy { $0.status == .met }, "\(shown.deadlines)")
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
    }
}
