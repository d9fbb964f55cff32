import XCTest
import ZhongaiDomain

/// The deadlines of a programme (C1, C2, C3) from its stage and session days, on a calendar of weekends only
/// (2030 published with no holidays) or of unpublished years.
final class ProgrammeDeadlineTests: XCTestCase {
    func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    let entries: [PolicyEntry] = PolicyKey.allCases.map { key in
        let values: [PolicyKey: Double] = [.planLeadTimeBlockBelowWorkingDays: 5, .planLeadTimeWarnBelowDays: 14,
                                           .reportDueDays: 3, .reportOverdueAlarmDays: 14,
                                           .quarterlyArchiveDueDay: 20, .quarterlyArchiveAlarmDay: 20]
        return PolicyEntry(key: key, value: values[key] ?? 1, unit: key.unit, clause: "clause of \(key.rawValue)")
    }

    func deadlines(published: Bool = true) throws -> ProgrammeDeadlines {
        let schedule = published
            ? try HolidaySchedule(publishedYears: [PublishedHolidayYear(year: 2030, source: "test")], days: [])
            : HolidaySchedule()
        return try ProgrammeDeadlines(entries: entries, calendar: WorkingDayCalendar(schedule: schedule))
    }

    func detail(stage: ProgrammeStage, sessions: [String]) -> ProgrammeDetail {
        let programme = Programme(id: "p", code: "CS-REH-G01-203010-WM", kind: .therapeuticGroup, title: "小组",
                                  isOuting: false, hasFixedMembers: true, startsOn: day(sessions.first!),
                                  endsOn: day(sessions.last!), registrationWindow: nil, stage: stage,
                                  holderCode: "WM", servicePointID: nil, createdBy: "WM", createdOn: day("2030-01-02"))
        let held = sessions.enumerated().map { index, date in
            ProgrammeSession(id: "s\(index)", programmeID: "p", number: index + 1, heldOn: day(date), startTime: "09:00",
                             durationMinutes: 60, venue: "活动室")
        }
        return ProgrammeDetail(programme: programme, sessions: held, registrations: [])
    }

    func testC2_reportDueThreeDaysAfterTheLastSessionAlarmAfterTwoWeeks() throws {
        let due = try deadlines().deadlines(for: detail(stage: .planApproved, sessions: ["2030-05-06", "2030-05-13"]),
                                            today: day("2030-05-14"))
        let report = try XCTUnwrap(due.first { $0.kind == .report })
        XCTAssertEqual(report.dueOn, day("2030-05-16"))
        XCTAssertEqual(report.overdueAfter, day("2030-05-27"))
        XCTAssertEqual(report.status, .dueSoon)
        XCTAssertEqual(report.clauses, ["clause of report.due_days", "clause of report.overdue_alarm_days"])
        let late = try deadlines().deadlines(for: detail(stage: .planApproved, sessions: ["2030-05-13"]),
                                             today: day("2030-05-28"))
        XCTAssertEqual(late.first { $0.kind == .report }?.status, .overdue)
    }

    func testC3_aDecemberProgrammeIsArchivedInJanuaryAndFebruary() throws {
        let due = try deadlines().deadlines(for: detail(stage: .reportApproved, sessions: ["2030-12-10"]),
                                            today: day("2030-12-20"))
        XCTAssertEqual(due.map(\.kind), [.archive])
        XCTAssertEqual(due.first?.dueOn, day("2031-01-20"))
        XCTAssertEqual(due.first?.overdueAfter, day("2031-02-20"))
        XCTAssertEqual(due.first?.rule, "C3, GRP-07")
    }

    func testC1_planDueTwoWeeksBeforeAndImpossibleFiveWorkingDaysBefore() throws {
        // First session Monday 2030-05-13: due 04-29; the last day to approve is Monday 05-06.
        let due = try deadlines().deadlines(for: detail(stage: .planSubmitted, sessions: ["2030-05-13"]),
                                            today: day("2030-05-07"))
        XCTAssertEqual(due.first?.kind, .planApproval)
        XCTAssertEqual(due.first?.dueOn, day("2030-04-29"))
        XCTAssertEqual(due.first?.overdueAfter, day("2030-05-06"))
        XCTAssertEqual(due.first?.status, .overdue)
    }

    func testC1_unpublishedYearGivesUnknown() throws {
        let due = try deadlines(published: false).deadlines(for: detail(stage: .planning, sessions: ["2030-05-13"]),
                                                            today: day("2030-04-01"))
        XCTAssertEqual(due.first?.status, .unknown)
    }

    func testGRP07_archivedHasNoDeadline() throws {
        XCTAssertTrue(try deadlines().deadlines(for: detail(stage: .archived, sessions: ["2030-05-13"]),
                                                today: day("2030-06-01")).isEmpty)
    }
}
