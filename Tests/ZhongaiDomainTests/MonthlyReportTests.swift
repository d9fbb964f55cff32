import Foundation
import XCTest
import ZhongaiDomain

/// Monthly reports and summaries in the domain (CHK-01, CHK-03, ARC-07): periods, the due-board items on the
/// holiday calendar, the work log, the indicator lines and the completeness of a report.
final class MonthlyReportTests: XCTestCase {
    func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    /// 2026 as published in part: 国庆 1–7 October off with 10 October worked, and (when asked) Saturday
    /// 5 December made a working day (调休).
    func deadlines(workingSaturday: Bool = false, published: Bool = true) throws -> WorkReportDeadlines {
        var days = (1...7).map { ScheduledDay(date: day(String(format: "2026-10-%02d", $0)), kind: .dayOff, name: "国庆节") }
        days.append(ScheduledDay(date: day("2026-10-10"), kind: .makeUpWorkday, name: "国庆节调休"))
        if workingSaturday { days.append(ScheduledDay(date: day("2026-12-05"), kind: .makeUpWorkday, name: "调休")) }
        let schedule = published
            ? try HolidaySchedule(publishedYears: [PublishedHolidayYear(year: 2026, source: "test")], days: days)
            : HolidaySchedule()
        return WorkReportDeadlines(calendar: WorkingDayCalendar(schedule: schedule), monthlyDueDay: 5, dueSoonDays: 7,
                                   arc07Clause: "档案接收制度 第三章 3 注意(2)")
    }

    let wm = (code: "WM", name: "王明")

    func testCHK01_periodsParseAndEndWhereTheRuleSays() throws {
        XCTAssertEqual(try WorkReportPeriod(parsing: "2026-02").lastDay, day("2026-02-28"))
        XCTAssertEqual(try WorkReportPeriod(parsing: "2026-h1").description, "2026-H1")
        XCTAssertEqual(try WorkReportPeriod(parsing: "2026-H1").lastDay, day("2026-06-30"))
        XCTAssertEqual(try WorkReportPeriod(parsing: "2026").lastDay, day("2026-12-31"))
        XCTAssertEqual(try WorkReportPeriod(parsing: "2026-03").previous.description, "2026-02")
        XCTAssertEqual(try WorkReportPeriod(parsing: "2026-01").previous.description, "2025-12")
        for bad in ["2026-13", "2026-H2", "26-03", "2026-3", "March"] {
            XCTAssertThrowsError(try WorkReportPeriod(parsing: bad), bad) { error in
                XCTAssertEqual((error as? ValidationError)?.field, "Period")
            }
        }
    }

    func testARC07_lastMonthsReportIsDueAtMonthEndAndOverdueAfterTheFifthWithBothClauses() throws {
        let items = try deadlines().items(workers: [wm], reports: [], viewer: "WM", today: day("2026-03-03"))
        let february = try XCTUnwrap(items.first { $0.detail.contains("2026年02月") })
        XCTAssertEqual(february.rule, "CHK-01, ARC-07")
        XCTAssertEqual(february.clauses.count, 2)
        XCTAssertTrue(february.clauses[0].contains("自我检查制度"))
        XCTAssertEqual(february.clauses[1], "档案接收制度 第三章 3 注意(2)")
        XCTAssertEqual(february.dueOn, day("2026-02-28"))
        XCTAssertEqual(february.overdueAfter, day("2026-03-05"))
        XCTAssertEqual(february.status, .dueSoon)
        XCTAssertEqual(february.subject, DueSubject(kind: .report, id: "WM:2026-02"))
        XCTAssertEqual(february.title, "Write the monthly report")
        let late = try deadlines().items(workers: [wm], reports: [], viewer: "WM", today: day("2026-03-06"))
        XCTAssertEqual(late.first { $0.detail.contains("2026年02月") }?.status, .overdue)
    }

    func testARC07_aFifthOnAHolidayMovesToTheNextWorkingDay() throws {
        // 5 October 2026 is in the National Day holiday: September's report reaches the supervisor on the 8th.
        let items = try deadlines().items(workers: [wm], reports: [], viewer: "WM", today: day("2026-10-06"))
        let september = try XCTUnwrap(items.first { $0.detail.contains("2026年09月") })
        XCTAssertEqual(september.overdueAfter, day("2026-10-08"))
        XCTAssertEqual(september.status, .dueSoon)
        // An ordinary Saturday 5th moves to Monday.
        XCTAssertEqual(try deadlines().overdueAfter(WorkReportPeriod(parsing: "2026-08")).day, day("2026-09-07"))
    }

    func testARC07_aFifthOnATiaoxiuWorkingSaturdayStays() throws {
        let november = try WorkReportPeriod(parsing: "2026-11")
        XCTAssertEqual(try deadlines(workingSaturday: false).overdueAfter(november).day, day("2026-12-07"))
        XCTAssertEqual(try deadlines(workingSaturday: true).overdueAfter(november).day, day("2026-12-05"))
        let items = try deadlines(workingSaturday: true).items(workers: [wm], reports: [], viewer: "WM",
                                                               today: day("2026-12-06"))
        XCTAssertEqual(items.first { $0.detail.contains("2026年11月") }?.status, .overdue)
    }

    func testARC07_anUnpublishedHolidayYearLeavesTheDayUnknown() throws {
        let items = try deadlines(published: false).items(workers: [wm], reports: [], viewer: "WM",
                                                          today: day("2026-03-03"))
        XCTAssertEqual(items.first { $0.detail.contains("2026年02月") }?.status, .unknown)
    }

    func testCHK01_thisMonthsReportShowsInItsLastWeekAndSubmittedReportsAreNotOwed() throws {
        let early = try deadlines().items(workers: [wm], reports: [], viewer: "WM", today: day("2026-03-10"))
        XCTAssertNil(early.first { $0.detail.contains("2026年03月") })
        let lastWeek = try deadlines().items(workers: [wm], reports: [], viewer: "WM", today: day("2026-03-25"))
        XCTAssertEqual(lastWeek.first { $0.detail.contains("2026年03月") }?.status, .dueSoon)
        let draft = WorkReportDueFacts(id: "r1", workerCode: "WM", workerName: "王明",
                                       period: try WorkReportPeriod(parsing: "2026-02"), state: .draft, reviewerCode: nil)
        let drafted = try deadlines().items(workers: [wm], reports: [draft], viewer: "WM", today: day("2026-03-03"))
        let item = try XCTUnwrap(drafted.first { $0.detail.contains("2026年02月") })
        XCTAssertEqual(item.subject.id, "r1")
        XCTAssertEqual(item.title, "Submit the monthly report")
        var submitted = draft
        submitted.state = .submitted
        submitted.reviewerCode = "ZJH"
        let mine = try deadlines().items(workers: [wm], reports: [submitted], viewer: "WM", today: day("2026-03-03"))
        XCTAssertNil(mine.first { $0.detail.contains("2026年02月") })
        let reviewer = try deadlines().items(workers: [], reports: [submitted], viewer: "ZJH", today: day("2026-03-03"))
        XCTAssertEqual(reviewer.map(\.title), ["Review the monthly report"])
        XCTAssertEqual(reviewer.first?.ownerCode, "ZJH")
        XCTAssertEqual(reviewer.first?.overdueAfter, day("2026-03-05"))
    }

    func testCHK03_halfYearDueEndOfJuneAnnualDueEndOfDecember() throws {
        let june = try deadlines().items(workers: [wm], reports: [], viewer: "WM", today: day("2026-06-25"))
        let half = try XCTUnwrap(june.first { $0.detail.contains("上半年") })
        XCTAssertEqual(half.rule, "CHK-03")
        XCTAssertEqual(half.dueOn, day("2026-06-30"))
        XCTAssertEqual(half.status, .dueSoon)
        XCTAssertTrue(half.clauses[0].contains("第二季度末"))
        XCTAssertNil(try deadlines().items(workers: [wm], reports: [], viewer: "WM", today: day("2026-06-01"))
            .first { $0.detail.contains("上半年") })
        let july = try deadlines().items(workers: [wm], reports: [], viewer: "WM", today: day("2026-07-02"))
        XCTAssertEqual(july.first { $0.detail.contains("上半年") }?.status, .overdue)
        let december = try deadlines().items(workers: [wm], reports: [], viewer: "WM", today: day("2026-12-28"))
        XCTAssertEqual(december.first { $0.detail.contains("2026年度") }?.dueOn, day("2026-12-31"))
        // In January the year just ended is still owed, and overdue.
        let january = try deadlines().items(workers: [wm], reports: [], viewer: "WM", today: day("2027-01-04"))
        XCTAssertEqual(january.first { $0.detail.contains("2026年度") }?.status, .overdue)
    }

    func testCHK01_theWorkLogIsReadLineByLineAndRefusesALineWithoutADate() throws {
        let lines = try WorkLogLine.parse("2026-03-04 家访李伯\n\n2026-03-02  小组第一节\n")
        XCTAssertEqual(lines.map(\.day), [day("2026-03-02"), day("2026-03-04")])
        XCTAssertEqual(lines[1].text, "家访李伯")
        XCTAssertEqual(try WorkLogLine.parse(WorkLogLine.text(lines)), lines)
        XCTAssertThrowsError(try WorkLogLine.parse("2026-03-02 小组\n家访")) { error in
            XCTAssertEqual((error as? ValidationError)?.line, 2)
        }
        let march = try WorkReportPeriod(parsing: "2026-03")
        XCTAssertThrowsError(try WorkReportText(workLog: [WorkLogLine(day: day("2026-04-01"), text: "x")])
            .validated(for: march))
    }

    func testCHK01_aReportGoesInWithItsSummaryAndReflectionsAndASummaryWithItsPlan() throws {
        XCTAssertThrowsError(try WorkReportText(summary: "", reflections: "有").requireComplete(kind: .monthly))
        XCTAssertThrowsError(try WorkReportText(summary: "有", reflections: "").requireComplete(kind: .monthly)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Reflections")
        }
        XCTAssertNoThrow(try WorkReportText(summary: "有", reflections: "有").requireComplete(kind: .monthly))
        XCTAssertThrowsError(try WorkReportText(summary: "有", reflections: "有").requireComplete(kind: .annual)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "CHK-03")
        }
    }

    func testCHK01_indicatorLinesAddTheMonthsOfThePeriodAndTheYearToDate() throws {
        let monthly = [1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 5]
        let sheet = IndicatorSheet(subject: .worker(code: "WM", name: "王明"), year: 2026, postTypeCode: nil,
                                   postTypeName: nil, posts: 1, conversionsAllowed: false,
                                   lines: [IndicatorLine(indicator: .visit, target: 60, raw: 15, converted: 15,
                                                         monthly: monthly),
                                           IndicatorLine(indicator: .outreach, target: nil, raw: 0, converted: 0,
                                                         monthly: Array(repeating: 0, count: 12))],
                                   agreedConversions: [], proposedConversions: [], satisfaction: [])
        let march = WorkReportIndicatorLine.lines(from: sheet, period: try WorkReportPeriod(parsing: "2026-03"))
        XCTAssertEqual(march, [WorkReportIndicatorLine(indicator: .visit, inPeriod: 3, yearToDate: 6, target: 60)])
        let half = WorkReportIndicatorLine.lines(from: sheet, period: try WorkReportPeriod(parsing: "2026-H1"))
        XCTAssertEqual(half.first?.inPeriod, 10)
        XCTAssertEqual(WorkReportIndicatorLine.lines(from: sheet, period: try WorkReportPeriod(parsing: "2026")).first?
            .yearToDate, 15)
    }
}
