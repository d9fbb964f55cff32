import XCTest
@testable import ZhongaiDomain

final class HolidayFileTests: XCTestCase {
    private func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    /// The parse error of `text`, which must fail.
    private func parseError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ValidationError? {
        do {
            _ = try HolidayFile.parse(text)
            XCTFail("parsed", file: file, line: line)
            return nil
        } catch {
            return error as? ValidationError
        }
    }

    func testCASE06_shippedHolidayFileHoldsThe2025And2026Schedules() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/holidays.txt")
        let schedule = try HolidayFile.parse(try String(contentsOf: url, encoding: .utf8))
        XCTAssertEqual(schedule.publishedYears.map(\.year), [2025, 2026])
        XCTAssertEqual(schedule.publishedYears.first?.source, "国办发明电〔2024〕12号 2024-11-12")
        let off = schedule.days.filter { $0.kind == .dayOff }
        let work = schedule.days.filter { $0.kind == .makeUpWorkday }
        // 2025: 1 + 8 + 3 + 5 + 3 + 8 days off; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7.
        XCTAssertEqual(off.filter { $0.date.year == 2025 }.count, 28)
        XCTAssertEqual(off.filter { $0.date.year == 2026 }.count, 33)
        XCTAssertEqual(work.map(\.date.description), [
            "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
        ])
        XCTAssertEqual(schedule.scheduledDay(on: try date("2026-02-17"))?.name, "春节")
    }

    func testCASE06_formatWithCommentsRangesAndNames() throws {
        let text = """
        # a comment

          year 2026 国务院办公厅 2025-11-04
        off  2026-01-01..2026-01-03 元旦
        work\t2026-01-04   元旦调休
        off 2026-04-05
        """
        let schedule = try HolidayFile.parse(text)
        XCTAssertEqual(schedule.publishedYears, [PublishedHolidayYear(year: 2026, source: "国务院办公厅 2025-11-04")])
        XCTAssertEqual(schedule.days, [
            ScheduledDay(date: try date("2026-01-01"), kind: .dayOff, name: "元旦"),
            ScheduledDay(date: try date("2026-01-02"), kind: .dayOff, name: "元旦"),
            ScheduledDay(date: try date("2026-01-03"), kind: .dayOff, name: "元旦"),
            ScheduledDay(date: try date("2026-01-04"), kind: .makeUpWorkday, name: "元旦调休"),
            ScheduledDay(date: try date("2026-04-05"), kind: .dayOff, name: ""),
        ])
    }

    func testCASE06_windowsLineEndingsAndByteOrderMark() throws {
        let schedule = try HolidayFile.parse("\u{FEFF}year 2026 source\r\noff 2026-01-01 元旦\r\n")
        XCTAssertEqual(schedule.days.map(\.name), ["元旦"])
        let error = parseError("\u{FEFF}year 2026 source\r\noff 2026-01-01 元旦\r\nholiday 2026-01-02\r\n")
        XCTAssertEqual(error?.line, 3)
    }

    func testCASE06_unknownKeywordRefusedWithLine() {
        let error = parseError("year 2026 source\nholiday 2026-01-01")
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.field, "holidays.txt")
        XCTAssertEqual(error?.arguments, ["holiday"])
    }

    func testCASE06_nonexistentDateRefused() {
        let error = parseError("year 2026 source\noff 2026-02-30 春节")
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.format, "%@ is not a date that exists")
        XCTAssertEqual(error?.arguments, ["2026-02-30"])
    }

    func testCASE06_malformedDatesRefused() {
        for bad in ["2026-2-3", "2026/02/03", "20260203", "2026-02-0a", "2026-01-01..", "2026-01-01..02..03", ""] {
            XCTAssertEqual(parseError("year 2026 source\n\noff \(bad)")?.line, 3, bad)
        }
    }

    func testCASE06_rangeEndingBeforeItStartsRefused() {
        let error = parseError("year 2026 source\noff 2026-01-03..2026-01-01")
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.format, "the range %@ ends before it starts")
    }

    func testCASE06_dayInUndeclaredYearRefused() {
        let error = parseError("year 2026 source\noff 2026-12-31..2027-01-01 元旦")
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.arguments, ["2027-01-01", "2027"])
    }

    func testCASE06_yearDeclaredLaterInTheFileCounts() throws {
        XCTAssertEqual(try HolidayFile.parse("off 2026-01-01\nyear 2026 source").days.count, 1)
    }

    func testCASE06_yearNeedsASource() {
        XCTAssertEqual(parseError("year 2026")?.line, 1)
        XCTAssertEqual(parseError("year 26 source")?.line, 1)
    }

    func testCASE06_yearDeclaredTwiceRefused() {
        let error = parseError("year 2026 a\n# note\nyear 2026 b")
        XCTAssertEqual(error?.line, 3)
        XCTAssertEqual(error?.arguments, ["2026", "1"])
    }

    func testCASE06_sameDateOffAndWorkRefused() {
        let error = parseError("year 2026 source\noff 2026-02-14\nwork 2026-02-14")
        XCTAssertEqual(error?.line, 3)
        XCTAssertEqual(error?.arguments, ["2026-02-14", "2"])
        XCTAssertEqual(error?.format, "%@ is a day off and a working day: see line %@")
    }

    func testCASE06_dateDeclaredTwiceRefused() {
        let error = parseError("year 2026 source\noff 2026-02-15..2026-02-23\noff 2026-02-23")
        XCTAssertEqual(error?.line, 3)
        XCTAssertEqual(error?.format, "%@ is already declared on line %@")
    }

    func testCASE06_makeUpWorkdayMustBeAWeekendDay() {
        let error = parseError("year 2026 source\nwork 2026-02-13")
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.arguments, ["2026-02-13"])
    }

    func testCASE06_scheduleRebuiltFromPlainValuesRoundTrips() throws {
        let parsed = try HolidayFile.parse("year 2026 src\noff 2026-02-15..2026-02-23 春节\nwork 2026-02-14 春节调休")
        let rebuilt = try HolidaySchedule(publishedYears: parsed.publishedYears, days: parsed.days)
        XCTAssertEqual(rebuilt, parsed)
        XCTAssertTrue(rebuilt.isPublished(year: 2026))
        XCTAssertFalse(rebuilt.isPublished(year: 2027))
    }

    func testCASE06_scheduleFromPlainValuesValidates() throws {
        let day = ScheduledDay(date: try date("2027-01-01"), kind: .dayOff, name: "元旦")
        XCTAssertThrowsError(try HolidaySchedule(publishedYears: [], days: [day])) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Holiday calendar")
            XCTAssertNil((error as? ValidationError)?.line)
        }
        let year = PublishedHolidayYear(year: 2027, source: "src")
        XCTAssertThrowsError(try HolidaySchedule(publishedYears: [year], days: [day, day]))
        XCTAssertThrowsError(try HolidaySchedule(publishedYears: [year, year], days: []))
    }
}
