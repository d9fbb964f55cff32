import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The due board (待办) in the store: one transaction and one `list` row over every source, each item owed by
/// someone and shown to them, to those above them in the chain, and to nobody else; C1–C3 items with both clauses;
/// case deadlines on the holiday calendar; the most urgent first.
final class DueBoardStoreTests: CaseTestCase {
    func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    /// 09:00 China time on `text`.
    func morning(_ text: String) -> Date {
        now.addingTimeInterval(Double(day(text).dayNumber - today.dayNumber) * 86_400)
    }

    func items(_ worker: Worker, scope: DueScope = .all, at date: Date? = nil) throws -> [DueItem] {
        try database.dueItems(as: session(worker), scope: scope, at: date ?? now)
    }

    /// A case of a new client held by frA, opened on `openedOn`.
    func caseOpened(on openedOn: String) throws -> CaseFile {
        let client = try addClient(frA)
        try addConsent(client, by: frA, daysAgo: 30)
        return try database.openCase(clientID: client.id, openedOn: day(openedOn), as: session(frA), at: now)
    }

    func testCASE06_secondContactDueAcrossSpringFestivalAndMakeUpSaturday() throws {
        // Opened Tuesday 2026-02-10: 11, 12, 13, the 调休 Saturday 14, then 春节 15–23 off, then 24, 25, 26.
        let opened = try caseOpened(on: "2026-02-10")
        let board = try items(frA, at: morning("2026-02-11"))
        let second = try XCTUnwrap(board.first { $0.rule == "CASE-06" && $0.subject.id == opened.id })
        XCTAssertEqual(second.dueOn, day("2026-02-26"))
        XCTAssertEqual(second.ownerCode, frA.code)
        XCTAssertEqual(second.ownerName, frA.name)
        XCTAssertEqual(second.subject.kind, .caseFile)
        XCTAssertTrue(second.detail.hasPrefix(opened.code + " "), second.detail)
        XCTAssertEqual(second.clauses.count, 1)
        XCTAssertTrue(second.clauses[0].contains("7个工作日"), second.clauses[0])
        XCTAssertEqual(second.status, .upcoming)
        // The same day as the case window's, on the same calendar.
        let window = try XCTUnwrap(try database.caseFile(id: opened.id, as: session(frA), at: morning("2026-02-11"))
            .deadlines.first { $0.rule == "CASE-06" })
        XCTAssertEqual(window.dueOn, second.dueOn)
        // Every open deadline of the case is listed, not only the next.
        XCTAssertEqual(Set(board.filter { $0.subject.id == opened.id }.map(\.rule)), ["CASE-06", "CASE-07", "CASE-09"])
        // Opened Thursday 2026-02-05, the seventh working day is the 调休 Saturday itself.
        let early = try caseOpened(on: "2026-02-05")
        XCTAssertEqual(try items(frA, at: morning("2026-02-06"))
            .first { $0.rule == "CASE-06" && $0.subject.id == early.id }?.dueOn, day("2026-02-14"))
        // A week after the due day it is overdue and comes first among the case items.
        let later = try items(frA, at: morning("2026-03-05")).filter { $0.subject.kind == .caseFile }
        XCTAssertEqual(later.first?.rule, "CASE-06")
        XCTAssertEqual(later.first?.subject.id, early.id, "the longest overdue first")
        XCTAssertEqual(later.first?.status, .overdue)
    }

    func testCASE02_holderSeesOwnItemsSupervisorsTheTeamsOthersNothing() throws {
        let opened = try openedCase(frA)
        let request = try database.requestApproval(caseID: opened.id, kind: .advance(to: .assessment),
                                                   as: session(frA), at: now)
        let mine = try items(frA, scope: .mine)
        XCTAssertFalse(mine.isEmpty)
        XCTAssertTrue(mine.allSatisfy { $0.ownerCode == frA.code })
        XCTAssertTrue(mine.contains { $0.subject == DueSubject(kind: .caseFile, id: opened.id) })

        // The assistant supervisor owes the decision, and sees the holder's deadlines as the team's.
        let approval = try XCTUnwrap(try items(assA, scope: .mine).first { $0.review?.kind == .approvalRequest })
        XCTAssertEqual(approval.rule, "CASE-02")
        XCTAssertEqual(approval.review?.id, request.id)
        XCTAssertEqual(approval.subject, DueSubject(kind: .caseFile, id: opened.id))
        XCTAssertEqual(approval.ownerCode, assA.code)
        XCTAssertEqual(approval.dueOn, today)
        XCTAssertFalse(try items(assA, scope: .mine).contains { $0.ownerCode == frA.code })
        XCTAssertTrue(try items(assA, scope: .team).contains { $0.ownerCode == frA.code && $0.rule == "CASE-06" })
        // Up the chain the supervisor sees both; 服务部 reaches every record.
        let top = try items(supA, scope: .team)
        XCTAssertTrue(top.contains { $0.ownerCode == frA.code } && top.contains { $0.ownerCode == assA.code })
        XCTAssertTrue(try items(sd).contains { $0.subject.id == opened.id })

        // Another chain, and a colleague beside the holder, see nothing of it.
        for outsider: Worker in [frB1, assB, supB, frA2] {
            XCTAssertFalse(try items(outsider).contains { $0.subject.id == opened.id }, outsider.code)
        }

        // One worker's items: in reach, or refused alike when out of reach or unknown, with nothing logged but the
        // refusal's absence.
        XCTAssertTrue(try database.dueItems(for: frA.code, as: session(assA), at: now)
            .allSatisfy { $0.ownerCode == frA.code })
        XCTAssertFalse(try database.dueItems(for: frA.code.lowercased(), as: session(assA), at: now).isEmpty)
        for stranger in [frA.code, "NOBODY"] {
            try assertRefused(database, field: "Worker", rule: "CONF-02") {
                _ = try database.dueItems(for: stranger, as: session(frB1), at: now)
            }
        }
    }

    func testSUP05_recordToConfirmIsTheSuperviseesAndConfirmingClearsIt() throws {
        let recorded = try database.recordSupervision(
            SupervisionDraft(type: .practiceCompetence, format: .individual, heldOn: today, startTime: "09:30",
                             durationMinutes: 60, superviseeCodes: [frA.code],
                             topics: [SupervisionTopic(text: "个案预估的方法")], advice: "多做家访", followUps: []),
            as: session(assA), at: now)
        let waiting = try XCTUnwrap(try items(frA, scope: .mine).first { $0.rule == "SUP-05" })
        XCTAssertEqual(waiting.review, DueReview(kind: .supervisionConfirmation, id: recorded.id))
        XCTAssertEqual(waiting.subject, DueSubject(kind: .supervision, id: recorded.id))
        XCTAssertTrue(waiting.detail.hasPrefix("\(today) 09:30 "), waiting.detail)
        XCTAssertFalse(try items(frB1).contains { $0.rule == "SUP-05" })
        try database.respondToSupervision(sessionID: recorded.id, response: .confirmed, as: session(frA), at: now)
        XCTAssertFalse(try items(frA).contains { $0.rule == "SUP-05" })
    }

    func testSUP04_meetingsStillOwedThisMonthAreTheSupervisorsByMonthEnd() throws {
        let owed = try items(assA, scope: .mine).filter { $0.title == "Supervision meetings still owed this month" }
        XCTAssertEqual(Set(owed.map(\.subject.id)), [frA.code, frA2.code])
        XCTAssertTrue(owed.allSatisfy { $0.rule == "SUP-04" && $0.dueOn == day("2026-03-31") && $0.clauses.count == 1 })
        XCTAssertTrue(try items(frA, scope: .mine).allSatisfy { $0.ownerCode == frA.code })
    }

    func testC2_reportItemCarriesBothClausesTheDueDayAndTheAlarm() throws {
        let group = try database.createProgramme(
            ProgrammeDraft(kind: .therapeuticGroup, title: "情绪管理小组", startsOn: day("2026-04-01"),
                           endsOn: day("2026-04-30")), as: session(frA), at: now)
        _ = try database.addSession(SessionDraft(heldOn: day("2026-04-01"), startTime: "9:30", durationMinutes: 90,
                                                 venue: "茶山社区服务中心"), to: group.id, as: session(frA), at: now)
        _ = try database.addSession(SessionDraft(heldOn: day("2026-04-08"), startTime: "9:30", durationMinutes: 90,
                                                 venue: "茶山社区服务中心"), to: group.id, as: session(frA), at: now)
        try database.savePlan(ProgrammePlan(aims: "学习情绪管理的方法", targetMembers: "社区内的青少年 8 人",
                                            items: [ProgrammePlanItem(title: "第一节", content: "相识")],
                                            budget: [BudgetLine(item: "物资", amount: MoneyAmount(fen: 12_050))]),
                              for: group.id, as: session(frA), at: now)
        try database.submitPlan(programmeID: group.id, as: session(frA), at: now)
        try database.approvePlan(programmeID: group.id, as: session(assA), at: now)

        let board = try items(frA, at: morning("2026-04-08"))
        let report = try XCTUnwrap(board.first { $0.rule == "C2, GRP-06" })
        XCTAssertEqual(report.subject, DueSubject(kind: .programme, id: group.id))
        XCTAssertEqual(report.ownerCode, frA.code)
        XCTAssertEqual(report.dueOn, day("2026-04-11"))
        XCTAssertEqual(report.overdueAfter, day("2026-04-22"))
        XCTAssertEqual(report.clauses.count, 2)
        XCTAssertTrue(report.clauses[0].contains("三日内"), report.clauses[0])
        XCTAssertTrue(report.clauses[1].contains("两周"), report.clauses[1])
        XCTAssertEqual(report.status, .dueSoon)
        let archive = try XCTUnwrap(board.first { $0.rule == "C3, GRP-07" })
        XCTAssertEqual(archive.dueOn, day("2026-07-20"))
        XCTAssertEqual(archive.overdueAfter, day("2026-08-20"))
        // Late by the short reading but within the long one it is not overdue yet; after the alarm it is.
        XCTAssertEqual(try items(frA, at: morning("2026-04-20")).first { $0.rule == "C2, GRP-06" }?.status, .dueSoon)
        XCTAssertEqual(try items(frA, at: morning("2026-04-23")).first { $0.rule == "C2, GRP-06" }?.status, .overdue)
        XCTAssertTrue(try items(assA, scope: .team).contains { $0.rule == "C2, GRP-06" })
        XCTAssertFalse(try items(frB1).contains { $0.subject.id == group.id })
    }

    func testCHK04_safetyInspectionIsTheServicePointsAndItsFollowUpTheOwners() throws {
        let inspection = try database.startInspection(servicePointID: pointOne, as: session(frA), at: now)
        for item in InspectionItem.allCases {
            try database.recordInspectionItem(inspectionID: inspection.id, item: item,
                                              outcome: item == .extinguishers ? .finding : .ok,
                                              finding: item == .extinguishers ? "灭火器过期" : "",
                                              as: session(frA), at: now)
        }
        try database.addInspectionFollowUp(inspectionID: inspection.id, item: .extinguishers, action: "更换灭火器",
                                           dueOn: today.adding(days: 3), ownerCode: frA.code, as: session(frA), at: now)
        let followUp = try XCTUnwrap(try items(frA, scope: .mine).first { $0.title == "Safety inspection follow-up" })
        XCTAssertEqual(followUp.rule, "CHK-04")
        XCTAssertEqual(followUp.status, .dueSoon)
        XCTAssertEqual(followUp.clauses, [SafetySchedule.followUpClause])
        XCTAssertTrue(followUp.detail.hasSuffix("更换灭火器"), followUp.detail)
        XCTAssertTrue(try items(assA, scope: .team).contains { $0.title == "Safety inspection follow-up" })
        XCTAssertFalse(try items(frB2).contains { $0.title == "Safety inspection follow-up" })
    }

    func testBoardIsOneTransactionWithOneListRowAndMostUrgentFirst() throws {
        _ = try caseOpened(on: "2026-01-05")
        _ = try openedCase(frA)
        let before = try auditCount()
        let board = try items(frA)
        XCTAssertEqual(try auditCount(), before + 1)
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertEqual(board, DueBoard.sorted(board))
        XCTAssertEqual(board.first?.status, .overdue)
        let ranks: [DeadlineStatus: Int] = [.overdue: 0, .dueSoon: 1, .upcoming: 2, .unknown: 3]
        let order = board.map { ranks[$0.status]! }
        XCTAssertEqual(order, order.sorted())
        XCTAssertFalse(board.contains { $0.status == .met })
    }
}
