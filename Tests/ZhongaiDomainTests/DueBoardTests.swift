import Foundation
import XCTest
@testable import ZhongaiDomain

/// The rules of the due board that do not depend on the store: status against the due-soon window and a conflict's
/// alarm day, the order of urgency, and the narrowing to mine / my team / all.
final class DueBoardTests: XCTestCase {
    private let today = try! CalendarDate(year: 2026, month: 4, day: 8)

    private func day(_ offset: Int) -> CalendarDate { today.adding(days: offset) }

    private func item(_ rule: String, due: Int?, alarm: Int? = nil, status: DeadlineStatus,
                      owner: String = "WM", detail: String = "") -> DueItem {
        DueItem(rule: rule, title: "t", detail: detail, subject: DueSubject(kind: .caseFile, id: rule + detail),
                ownerCode: owner, dueOn: due.map(day), overdueAfter: alarm.map(day), status: status)
    }

    func testStatusFollowsTheDueSoonWindowAndTheAlarmDay() {
        XCTAssertEqual(DueBoard.status(dueOn: day(-1), today: today, dueSoonDays: 7), .overdue)
        XCTAssertEqual(DueBoard.status(dueOn: day(0), today: today, dueSoonDays: 7), .dueSoon)
        XCTAssertEqual(DueBoard.status(dueOn: day(7), today: today, dueSoonDays: 7), .dueSoon)
        XCTAssertEqual(DueBoard.status(dueOn: day(8), today: today, dueSoonDays: 7), .upcoming)
        XCTAssertEqual(DueBoard.status(dueOn: nil, today: today, dueSoonDays: 7), .unknown)
    }

    func testC2_lateByTheShortReadingIsNotOverdueBeforeTheAlarm() {
        // Due 3 days after the end, alarm after 14 (C2): on day 10 it is late but due soon; after day 14, overdue.
        XCTAssertEqual(DueBoard.status(dueOn: day(-7), overdueAfter: day(4), today: today, dueSoonDays: 7), .dueSoon)
        XCTAssertEqual(DueBoard.status(dueOn: day(-11), overdueAfter: day(0), today: today, dueSoonDays: 7), .dueSoon)
        XCTAssertEqual(DueBoard.status(dueOn: day(-12), overdueAfter: day(-1), today: today, dueSoonDays: 7), .overdue)
    }

    func testMostUrgentFirstLongestOverdueFirstUnknownLastMetLeftOut() {
        let items = [
            item("CASE-09", due: 30, status: .upcoming),
            item("CASE-06", due: nil, status: .unknown),
            item("CASE-07", due: -2, status: .overdue),
            item("INTAKE-04", due: -1, status: .met),
            item("C2, GRP-06", due: -20, alarm: -6, status: .overdue),
            item("SUP-05", due: 0, status: .dueSoon),
            item("CASE-05", due: 3, status: .dueSoon),
            item("CASE-10", due: 9, status: .upcoming),
        ]
        XCTAssertEqual(DueBoard.sorted(items).map(\.rule),
                       ["C2, GRP-06", "CASE-07", "SUP-05", "CASE-05", "CASE-10", "CASE-09", "CASE-06"])
    }

    func testTiesKeepAStableOrder() {
        let a = item("CASE-07", due: 5, status: .upcoming, detail: "GC-CAB-C02")
        let b = item("CASE-07", due: 5, status: .upcoming, detail: "GC-CAB-C01")
        XCTAssertEqual(DueBoard.sorted([a, b]), DueBoard.sorted([b, a]))
        XCTAssertEqual(DueBoard.sorted([a, b]).first?.detail, "GC-CAB-C01")
    }

    func testNarrowedToMineTeamOrAll() {
        let items = [item("A", due: 1, status: .dueSoon, owner: "ZJH"), item("B", due: 1, status: .dueSoon, owner: "WM"),
                     item("C", due: 1, status: .dueSoon, owner: "LXT")]
        let team: Set<String> = ["WM"]
        XCTAssertEqual(DueBoard.narrowed(items, to: .mine, for: "ZJH", isTeam: team.contains).map(\.rule), ["A"])
        XCTAssertEqual(DueBoard.narrowed(items, to: .team, for: "ZJH", isTeam: team.contains).map(\.rule), ["A", "B"])
        XCTAssertEqual(DueBoard.narrowed(items, to: .all, for: "ZJH", isTeam: team.contains).count, 3)
    }
}
