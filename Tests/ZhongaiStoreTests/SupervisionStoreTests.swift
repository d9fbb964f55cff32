import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Supervision sessions in the store (SUP-01..06, ROLE-02): recording, the participants' access and answers,
/// the month grid with the dated chain, and the indicator counts.
final class SupervisionStoreTests: AccessTestCase {
    func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    func group(_ supervisees: [Worker], on date: String = "2026-03-02", type: SupervisionType = .practiceCompetence,
               reason: String? = nil) -> SupervisionDraft {
        SupervisionDraft(type: type, format: supervisees.count > 1 ? .group : .individual, heldOn: day(date),
                         startTime: "09:30", durationMinutes: 90, superviseeCodes: supervisees.map(\.code),
                         topics: [SupervisionTopic(text: "个案预估的方法")], advice: "多做家访",
                         followUps: [SupervisionFollowUp(text: "完成预估报告", dueOn: day(date).adding(days: 14))],
                         crossSupervisionReason: reason)
    }

    func testSUP05_groupSessionRecordedWithEachSuperviseeWaiting() throws {
        let recorded = try database.recordSupervision(group([frA, frA2]), as: session(assA), at: now)
        XCTAssertEqual(recorded.participants.map(\.workerCode), [frA.code, frA2.code])
        XCTAssertTrue(recorded.participants.allSatisfy { $0.response == .pending })
        XCTAssertEqual(recorded.followUps.first?.text, "完成预估报告")
        XCTAssertEqual(try lastAudit()?.action, .create)
        let waiting = try database.supervisionsAwaitingConfirmation(as: session(frA), at: now)
        XCTAssertEqual(waiting.map(\.id), [recorded.id])
    }

    func testSUP05_participantViewsAndConfirmsButOthersCannot() throws {
        let recorded = try database.recordSupervision(group([frA, frA2]), as: session(assA), at: now)
        // A supervisee is below the holder: access granted because they attended.
        XCTAssertEqual(try database.supervisionSession(id: recorded.id, as: session(frA), at: now).id, recorded.id)
        XCTAssertEqual(try lastAudit()?.action, .view)
        let confirmed = try database.respondToSupervision(sessionID: recorded.id, response: .confirmed,
                                                          as: session(frA), at: now)
        XCTAssertEqual(confirmed.participant(frA.code)?.response, .confirmed)
        XCTAssertEqual(confirmed.participant(frA2.code)?.response, .pending)
        XCTAssertTrue(try database.supervisionsAwaitingConfirmation(as: session(frA), at: now).isEmpty)
        // Up the chain: the trainee and supervisor above the holder may view; a colleague of another chain may not.
        XCTAssertEqual(try database.supervisionSession(id: recorded.id, as: session(supA), at: now).id, recorded.id)
        try assertDenied(.outsideScope) { _ = try database.supervisionSession(id: recorded.id, as: session(frB1), at: now) }
        try assertDenied(.outsideScope) {
            _ = try database.respondToSupervision(sessionID: recorded.id, response: .confirmed, as: session(assB), at: now)
        }
    }

    func testSUP05_answerGivenOnceAndDisputeNeedsComment() throws {
        let recorded = try database.recordSupervision(group([frA]), as: session(assA), at: now)
        XCTAssertThrowsError(try database.respondToSupervision(sessionID: recorded.id, response: .disputed,
                                                               as: session(frA), at: now)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Comment")
        }
        let disputed = try database.respondToSupervision(sessionID: recorded.id, response: .disputed,
                                                         comment: "时长记错了", as: session(frA), at: now)
        XCTAssertEqual(disputed.participant(frA.code)?.comment, "时长记错了")
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.respondToSupervision(sessionID: recorded.id, response: .confirmed,
                                                               as: session(frA), at: now))
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testSUP05_followUpActionRecordedOnceBySupervisee() throws {
        let recorded = try database.recordSupervision(group([frA]), as: session(assA), at: now)
        let id = try XCTUnwrap(recorded.followUps.first?.id)
        let done = try database.recordFollowUpAction(followUpID: id, action: "3月18日已交", as: session(frA), at: now)
        XCTAssertEqual(done.followUps.first?.action, "3月18日已交")
        XCTAssertThrowsError(try database.recordFollowUpAction(followUpID: id, action: "again", as: session(frA), at: now))
    }

    func testSUP05_badInputRefusedAndNothingWritten() throws {
        let before = try dumpWithoutAudit()
        var future = group([frA])
        future.heldOn = day("2026-03-03")
        var nobody = group([])
        nobody.format = .group
        var lateFollowUp = group([frA])
        lateFollowUp.followUps = [SupervisionFollowUp(text: "x", dueOn: day("2026-03-01"))]
        for (draft, field) in [(future, "Date"), (nobody, "Supervisees"), (lateFollowUp, "Follow-ups")] {
            XCTAssertThrowsError(try database.recordSupervision(draft, as: session(assA), at: now)) {
                XCTAssertEqual(($0 as? ValidationError)?.field, field, "\($0)")
                XCTAssertEqual(($0 as? ValidationError)?.rule, "SUP-05")
            }
        }
        // Outside the chain: refused without a reason, recorded with one.
        XCTAssertThrowsError(try database.recordSupervision(group([frB1]), as: session(assA), at: now)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Supervisees")
        }
        XCTAssertEqual(try dumpWithoutAudit(), before)
        let cross = try database.recordSupervision(group([frB1], reason: "单丽娟休假，代为督导"), as: session(assA), at: now)
        XCTAssertEqual(cross.crossSupervisionReason, "单丽娟休假，代为督导")
        // A frontline worker records no supervision.
        XCTAssertThrowsError(try database.recordSupervision(group([frA2]), as: session(frA), at: now))
    }

    func testSUP02_SUP03_groupSessionCountsForEachMemberAtMonthBoundaries() throws {
        let march = try SupervisionMonth(parsing: "2026-03")
        _ = try database.recordSupervision(group([frA, frA2], on: "2026-03-01"), as: session(assA), at: now)
        _ = try database.recordSupervision(group([frA], on: "2026-02-28"), as: session(assA), at: now)
        let grid = try database.supervisionCompliance(month: march, as: session(assA), at: now)
        let mine = grid.filter { $0.supervisorCode == assA.code }
        XCTAssertEqual(mine.map(\.superviseeCode).sorted(), [frA.code, frA2.code].sorted())
        XCTAssertEqual(mine.map(\.held), [1, 1], "the group counts once for each; February's is not March's")
        XCTAssertTrue(mine.allSatisfy { $0.required == 2 && $0.rule == "SUP-04" && $0.owing == 1 })
        let february = try database.supervisionCompliance(month: try SupervisionMonth(parsing: "2026-02"),
                                                          as: session(assA), at: now)
        XCTAssertEqual(february.first { $0.supervisorCode == assA.code && $0.superviseeCode == frA.code }?.held, 1)
        // The trainee owes the assistant 2 (SUP-03) and the frontline workers 1; a frontline worker sees only their rows.
        XCTAssertEqual(grid.first { $0.supervisorCode == traA.code && $0.superviseeCode == assA.code }?.required, 2)
        let own = try database.supervisionCompliance(month: march, as: session(frA), at: now)
        XCTAssertTrue(own.allSatisfy { $0.superviseeCode == frA.code })
        XCTAssertFalse(own.isEmpty)
    }

    func testSUP02_workerMovingSupervisorMidMonth() throws {
        let april = try SupervisionMonth(parsing: "2026-04")
        let tenth = Date(timeInterval: 39 * 86_400, since: now)  // 2026-04-10
        let fifteenth = Date(timeInterval: 44 * 86_400, since: now)
        let twentieth = Date(timeInterval: 49 * 86_400, since: now)
        _ = try database.recordSupervision(group([frA], on: "2026-04-10"), as: session(assA), at: tenth)
        var moved = frA!
        moved.supervisorCode = assB.code
        try database.updateWorker(moved, at: fifteenth)
        _ = try database.recordSupervision(group([frA], on: "2026-04-20"), as: session(assB), at: twentieth)
        // The session on the 10th was inside assA's chain on its day, though no longer.
        let end = Date(timeInterval: 60 * 86_400, since: now)
        let grid = try database.supervisionCompliance(month: april, as: session(sd), at: end)
        let former = try XCTUnwrap(grid.first { $0.supervisorCode == assA.code && $0.superviseeCode == frA.code })
        XCTAssertEqual(former.held, 1)
        XCTAssertEqual(former.required, 0)
        XCTAssertEqual(former.standing, .inChain)
        let current = try XCTUnwrap(grid.first { $0.supervisorCode == assB.code && $0.superviseeCode == frA.code })
        XCTAssertEqual(current.held, 1)
        XCTAssertEqual(current.required, 2)
        XCTAssertEqual(current.standing, .owed)
        let links = try database.supervisionHistory().links.filter { $0.superviseeCode == frA.code }
        XCTAssertEqual(links.map(\.supervisorCode), [assA.code, assB.code])
        XCTAssertEqual(links.first?.until, day("2026-04-15"))
        XCTAssertEqual(links.last?.from, day("2026-04-15"))
        // A session with assA after the move is cross-supervision.
        XCTAssertThrowsError(try database.recordSupervision(group([frA], on: "2026-04-20"), as: session(assA), at: end))
    }

    func testSUP05_topicCaseMustBeViewableBySupervisor() throws {
        var draft = group([frA])
        draft.topics = [SupervisionTopic(text: "个案", caseCode: "NO-SUCH-CODE")]
        XCTAssertThrowsError(try database.recordSupervision(draft, as: session(assA), at: now))
    }

    func testSUP06_indicatorCountsPerWorkerPerYear() throws {
        _ = try database.recordSupervision(group([frA, frA2]), as: session(assA), at: now)
        _ = try database.recordSupervision(group([frA], on: "2026-03-01", type: .training), as: session(assA), at: now)
        _ = try database.recordSupervision(group([frA], on: "2025-12-31"), as: session(assA), at: now)
        let counts = try database.supervisionIndicatorCounts(year: 2026, as: session(assA), at: now)
        let wm = try XCTUnwrap(counts.first { $0.workerCode == frA.code })
        XCTAssertEqual(wm.supervisionCount, 1)
        XCTAssertEqual(wm.trainingCount, 1)
        XCTAssertEqual(wm.supervisionTarget, 24)
        XCTAssertEqual(wm.trainingTarget, 6)
        XCTAssertEqual(counts.first { $0.workerCode == frA2.code }?.supervisionCount, 1)
        XCTAssertNil(counts.first { $0.workerCode == frB1.code }, "outside the assistant's reach")
    }

    func testSUP04_monthlyReportOfAssistant() throws {
        _ = try database.recordSupervision(group([frA, frA2]), as: session(assA), at: now)
        let report = try database.supervisionMonthlyReport(month: try SupervisionMonth(parsing: "2026-03"),
                                                           drafter: SupervisionDocumentDrafter { $0 },
                                                           as: session(assA), at: now)
        XCTAssertEqual(report.title, "Assistant Supervisor's Monthly Report")
        XCTAssertTrue(report.plainText.contains("\(traA.name)（\(traA.code)）"), "addressed to the supervisor")
        XCTAssertTrue(report.plainText.contains { $0.contains("王明") })
        XCTAssertThrowsError(try database.supervisionMonthlyReport(month: try SupervisionMonth(parsing: "2026-03"),
                                                                   drafter: SupervisionDocumentDrafter { $0 },
                                                                   as: session(frA), at: now))
    }

    func testROLE02_ratioWarnings() throws {
        XCTAssertTrue(try database.staffingRatioWarnings(as: session(frA), at: now).isEmpty)
        try database.setPolicyValue(key: PolicyKey.frontlinePerAssistantSupervisor.rawValue, value: "1")
        let warnings = try database.staffingRatioWarnings(as: session(frA), at: now)
        XCTAssertTrue(warnings.contains { $0.supervisorCode == assA.code && $0.count == 2 && $0.limit == 1 })
        XCTAssertTrue(warnings.contains { $0.supervisorCode == nil && $0.countedRole == .frontline })
    }

    func testROLE03_assistantFrontlineDaysTracked() throws {
        let weeks = try database.assistantFrontlineWeeks(month: try SupervisionMonth(parsing: "2026-03"),
                                                         as: session(assA), at: now)
        XCTAssertEqual(Set(weeks.map(\.workerCode)), [assA.code])
        XCTAssertEqual(weeks.first?.weekStarting, day("2026-02-23"))
        XCTAssertTrue(weeks.allSatisfy { $0.isShort && $0.minimumDays == 3 })
    }

    func testSUP05_recordsNeverEdited() throws {
        let recorded = try database.recordSupervision(group([frA]), as: session(assA), at: now)
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE supervisionSession SET advice = 'x' WHERE id = ?", arguments: [recorded.id])
        })
    }
}
