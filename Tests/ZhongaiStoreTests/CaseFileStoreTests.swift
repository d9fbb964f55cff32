import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class CaseFileStoreTests: CaseTestCase {
    func testARC01_openingACaseIssuesItsCodeFromTheHoldersServicePoint() throws {
        let first = try openedCase()
        XCTAssertEqual(first.code, "CS-REH-C01-202603-WM")
        XCTAssertEqual(first.holderCode, frA.code)
        XCTAssertEqual(first.servicePointID, pointOne)
        XCTAssertEqual(first.stage, .intake)
        XCTAssertEqual(first.state, .open)
        XCTAssertEqual(try database.archiveCodes(workerCode: frA.code).map(\.description), [first.code])
        let rows = try auditRows().suffix(2)
        XCTAssertEqual(rows.map(\.action), [.archiveCodeIssued, .create])
        XCTAssertEqual(rows.last?.record, first.ref)
        XCTAssertEqual(try openedCase().code, "CS-REH-C02-202603-WM")
        // A worker without a service point cannot open one: the code needs its town and sector.
        let client = try addClient(supA)
        try assertRefused(database, field: "Holder", rule: "ARC-01") {
            try database.openCase(clientID: client.id, openedOn: today, as: session(supA), at: now)
        }
        try assertRefused(database, field: "Opening date") {
            try database.openCase(clientID: client.id, openedOn: today.adding(days: 1), as: session(frA), at: now)
        }
    }

    func testINTAKE03_aCaseOpensOnAnAcceptingIntake_orTheIntakeCompletesItLater() throws {
        let client = try addClient()
        let refer = try database.recordIntake(intakeDraft(client, decision: .refer), as: session(frA), at: now)
        XCTAssertEqual(refer.content.referralAgency, "东莞市社会福利中心")
        XCTAssertEqual(try lastAudit()?.record, refer.ref)
        try assertRefused(database, field: "Intake", rule: "INTAKE-03") {
            try database.openCase(clientID: client.id, intakeID: refer.id, openedOn: today, as: session(frA), at: now)
        }
        // Opened first, the intake written afterwards completes it; a second intake is refused.
        let caseFile = try database.openCase(clientID: client.id, openedOn: today, as: session(frA), at: now)
        XCTAssertNil(caseFile.intakeID)
        let intake = try database.recordIntake(intakeDraft(client, caseID: caseFile.id), as: session(frA), at: now)
        XCTAssertEqual(intake.content.caseID, caseFile.id)
        XCTAssertEqual(try detail(caseFile).intake?.id, intake.id)
        try assertRefused(database, field: "Case", rule: "INTAKE-03") {
            try database.recordIntake(intakeDraft(client, caseID: caseFile.id), as: session(frA), at: now)
        }
        // Another chain's worker may not write an intake for this client.
        try assertDenied(.outsideScope) {
            try database.recordIntake(intakeDraft(client), as: session(frB1), at: now)
        }
    }

    func testINTAKE04_anIntakeWrittenAfterTheContactDayShowsLate() throws {
        let client = try addClient()
        let intake = try database.recordIntake(intakeDraft(client, contact: today.adding(days: -1)), as: session(frA),
                                               at: now)
        let caseFile = try database.openCase(clientID: client.id, intakeID: intake.id, openedOn: today,
                                             as: session(frA), at: now)
        let deadline = try XCTUnwrap(detail(caseFile).deadlines.first { $0.rule == "INTAKE-04" })
        XCTAssertEqual(deadline.dueOn, today.adding(days: -1))
        XCTAssertEqual(deadline.metOn, today)
        XCTAssertTrue(deadline.metLate)
    }

    func testCASE04_aServiceRecordBeforeConsentOrBeforeOpeningIsRefusedAndNothingChanges() throws {
        let caseFile = try openedCase(consent: false)
        try assertRefused(database, field: "Consent", rule: "CASE-04") {
            try database.addServiceRecord(serviceRecord(caseFile), as: session(frA), at: now)
        }
        let client = try XCTUnwrap(detail(caseFile).client)
        try addConsent(client)
        try assertRefused(database, field: "Service date", rule: "CASE-01") {
            try database.addServiceRecord(serviceRecord(caseFile, on: today.adding(days: -1)), as: session(frA), at: now)
        }
        try assertRefused(database, field: "Service date") {
            try database.addServiceRecord(serviceRecord(caseFile, on: today.adding(days: 1)), as: session(frA), at: now)
        }
        XCTAssertEqual(try count("serviceRecord"), 0)
        let record = try database.addServiceRecord(serviceRecord(caseFile), as: session(frA), at: now)
        let shown = try detail(caseFile)
        XCTAssertEqual(shown.serviceRecords, [record])
        // CASE-06: the second contact is met by the first service record.
        let second = try XCTUnwrap(shown.deadlines.first { $0.rule == "CASE-06" })
        XCTAssertEqual(second.status, .met)
        XCTAssertEqual(second.dueOn, try CalendarDate(parsing: "2026-03-11"))
    }

    func testCASE13_eachPartBelongsToItsStage_andIsStructured() throws {
        let caseFile = try openedCase()
        let plan = PlanContent(goals: [PlanGoal(title: "居家安全", measurableTarget: "三个月内无跌倒")])
        try assertRefused(database, field: "Plan", rule: "CASE-13") {
            try database.savePlan(caseID: caseFile.id, plan, as: session(frA), at: now)
        }
        try advance(caseFile)
        try database.saveAssessment(caseID: caseFile.id, AssessmentContent(problem: "独居老人居家安全风险",
                                                                           familySystem: "子女在外地"),
                                    as: session(frA), at: now)
        XCTAssertEqual(try detail(caseFile).assessment?.familySystem, "子女在外地")
        XCTAssertEqual(try lastAudit()?.action, .view)
        // Progress is given per goal of the plan.
        try advance(caseFile)
        try database.savePlan(caseID: caseFile.id, plan, as: session(frA), at: now)
        var record = serviceRecord(caseFile)
        record.goalProgress = [GoalProgress(goal: "社交", progress: "参加了活动")]
        try assertRefused(database, field: "Progress", rule: "CASE-13") {
            try database.addServiceRecord(record, as: session(frA), at: now)
        }
        record.goalProgress = [GoalProgress(goal: "居家安全", progress: "安装了扶手")]
        XCTAssertEqual(try database.addServiceRecord(record, as: session(frA), at: now).content.goalProgress.count, 1)
    }

    func testCONF02_theCaseIsReadInFullAndLogged_listedMasked_andHiddenFromOtherChains() throws {
        let caseFile = try openedCase()
        let shown = try detail(caseFile, as: assA)
        XCTAssertEqual(shown.client.name, "王小明")
        XCTAssertEqual(try lastAudit()?.action, .view)
        XCTAssertEqual(try lastAudit()?.actorCode, assA.code)
        try assertDenied(.outsideScope) { _ = try database.caseFile(id: caseFile.id, as: session(frB1), at: now) }
        try assertDenied(.noSuchRecord) { _ = try database.caseFile(id: "no-such-case", as: session(frA), at: now) }
        let listed = try database.cases(as: session(frA), at: now)
        XCTAssertEqual(listed.map(\.code), [caseFile.code])
        XCTAssertEqual(listed.first?.clientName, "王*明")
        XCTAssertEqual(listed.first?.nextDeadline?.rule, "CASE-06")
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertEqual(try database.cases(as: session(frB1), at: now), [])
        XCTAssertEqual(try database.cases(matching: CaseFilter(stage: .assessment), as: session(frA), at: now), [])
        XCTAssertEqual(try database.cases(matching: CaseFilter(text: "c01"), as: session(frA), at: now).count, 1)
        XCTAssertEqual(try database.cases(matching: CaseFilter(overdueOnly: true), as: session(frA), at: now), [])
        let later = now.addingTimeInterval(30 * 86_400)
        XCTAssertEqual(try database.cases(matching: CaseFilter(overdueOnly: true), as: session(frA), at: later).first?
            .nextDeadline?.rule, "CASE-06")
    }

    func testCASE09_CASE10_stageReviewAndProblemSolvedDates() throws {
        let caseFile = try openedCase()
        try assertRefused(database, field: "Problem solved on") {
            try database.markProblemSolved(caseID: caseFile.id, on: today.adding(days: 1), as: session(frA), at: now)
        }
        try database.markProblemSolved(caseID: caseFile.id, on: today, as: session(frA), at: now)
        try database.recordStageReview(caseID: caseFile.id, on: today, as: session(frA), at: now)
        let deadlines = try detail(caseFile).deadlines
        XCTAssertEqual(deadlines.first { $0.rule == "CASE-10" }?.dueOn, try CalendarDate(parsing: "2026-04-02"))
        XCTAssertEqual(deadlines.first { $0.rule == "CASE-09" }?.status, .met)
    }

    func testTransferTakesEffectWhenTheReceiverAccepts() throws {
        let caseFile = try openedCase()
        let transfer = try database.requestTransfer(caseID: caseFile.id, to: frA2.code, as: session(frA), at: now)
        XCTAssertEqual(try detail(caseFile).caseFile.holderCode, frA.code)
        try assertDenied { try database.acceptTransfer(id: transfer.id, as: session(frB1), at: now) }
        XCTAssertEqual(try database.pendingTransfers(as: session(frA2), at: now).map(\.id), [transfer.id])
        let accepted = try database.acceptTransfer(id: transfer.id, as: session(frA2), at: now)
        XCTAssertNotNil(accepted.acceptedAt)
        XCTAssertEqual(try detail(caseFile, as: frA2).caseFile.holderCode, frA2.code)
        XCTAssertEqual(try detail(caseFile, as: frA2).intake?.holderCode, frA2.code)
        try assertDenied(.outsideScope) { _ = try database.caseFile(id: caseFile.id, as: session(frA), at: now) }
    }
}

final class CaseAdmissionStoreTests: CaseTestCase {
    func testINTAKE03_admittingAnAcceptedClientOpensTheCaseInOneTransaction() throws {
        let client = try addClient()
        let admitted = try database.admitClient(intakeDraft(client), as: session(frA), at: now)
        let caseFile = try XCTUnwrap(admitted.caseFile)
        XCTAssertEqual(caseFile.intakeID, admitted.intake.id)
        XCTAssertEqual(caseFile.openedOn, today)
        let ended = try database.admitClient(intakeDraft(try addClient(), decision: .end), as: session(frA), at: now)
        XCTAssertNil(ended.caseFile)
        // A holder without a service point: the case cannot be opened, so the intake is not written either.
        let other = try addClient(supA)
        let intakes = try count("intake")
        XCTAssertThrowsError(try database.admitClient(intakeDraft(other), as: session(supA), at: now))
        XCTAssertEqual(try count("intake"), intakes)
    }
}
