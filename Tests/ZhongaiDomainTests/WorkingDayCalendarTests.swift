import XCTest
@testable import ZhongaiDomain

final class WorkingDayCalendarTests: XCTestCase {
    private static let schedule = """
    year 2025 国办发明电〔2024〕12号 2024-11-12
    off  2025-10-01..2025-10-08 国庆节、中秋节
    work 2025-09-28 国庆节、中秋节调休
    work 2025-10-11 国庆节、中秋节调休
    year 2026 国务院办公厅 2025-11-04
    off  2026-02-15..2026-02-23 春节
    work 2026-02-14 春节调休
    work 2026-02-28 春节调休
    """

    private var calendar: WorkingDayCalendar!

    override func setUpWithError() throws {
        calendar = WorkingDayCalendar(schedule: try HolidayFile.parse(Self.schedule))
    }

    private func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    private func adding(_ n: Int, _ text: String) throws -> String {
        try calendar.addingWorkingDays(n, to: date(text)).value.description
    }

    func testCASE06_springFestival2026WithMakeUpSaturdays() throws {
        XCTAssertTrue(calendar.isWorkingDay(try date("2026-02-14")).value)   // Saturday, 调休
        XCTAssertFalse(calendar.isWorkingDay(try date("2026-02-16")).value)  // Monday, 春节
        XCTAssertTrue(calendar.isWorkingDay(try date("2026-02-28")).value)   // Saturday, 调休
        XCTAssertFalse(calendar.isWorkingDay(try date("2026-03-01")).value)  // ordinary Sunday
        XCTAssertEqual(try adding(1, "2026-02-13"), "2026-02-14")
        XCTAssertEqual(try adding(2, "2026-02-13"), "2026-02-24")
        // The second contact (7 working days) after opening on Friday 2026-02-13.
        XCTAssertEqual(try adding(7, "2026-02-13"), "2026-03-02")
        // 02-14, 02-24..27, 02-28.
        XCTAssertEqual(calendar.workingDays(from: try date("2026-02-13"), to: try date("2026-02-28")).value, 6)
    }

    func testCASE06_nationalDay2025() throws {
        XCTAssertTrue(calendar.isWorkingDay(try date("2025-09-28")).value)   // Sunday, 调休
        XCTAssertFalse(calendar.isWorkingDay(try date("2025-10-06")).value)
        XCTAssertFalse(calendar.isWorkingDay(try date("2025-10-08")).value)  // Wednesday, off
        XCTAssertTrue(calendar.isWorkingDay(try date("2025-10-11")).value)   // Saturday, 调休
        XCTAssertEqual(try adding(1, "2025-09-26"), "2025-09-28")
        XCTAssertEqual(try adding(2, "2025-09-28"), "2025-09-30")
        XCTAssertEqual(try adding(1, "2025-09-30"), "2025-10-09")
        XCTAssertEqual(try adding(3, "2025-09-30"), "2025-10-11")
        XCTAssertEqual(try adding(4, "2025-09-30"), "2025-10-13")
        // 09-28, 09-29, 09-30, 10-09, 10-10, 10-11.
        XCTAssertEqual(calendar.workingDays(from: try date("2025-09-27"), to: try date("2025-10-11")).value, 6)
    }

    func testCASE06_zeroWorkingDaysIsTheFirstDayWorkCanHappen() throws {
        XCTAssertEqual(try adding(0, "2026-02-24"), "2026-02-24")
        XCTAssertEqual(try adding(0, "2026-02-15"), "2026-02-24")
        XCTAssertEqual(try adding(0, "2026-02-14"), "2026-02-14")
    }

    func testCASE06_negativeWorkingDaysRefused() throws {
        XCTAssertThrowsError(try calendar.addingWorkingDays(-1, to: try date("2026-02-24"))) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "N")
        }
    }

    func testCASE06_countIsHalfOpenAndAntisymmetric() throws {
        let from = try date("2026-02-13")
        let to = try date("2026-02-28")
        XCTAssertEqual(calendar.workingDays(from: to, to: from).value, -6)
        XCTAssertEqual(calendar.workingDays(from: from, to: from).value, 0)
        for n in 1...30 {
            let end = try calendar.addingWorkingDays(n, to: from).value
            XCTAssertEqual(calendar.workingDays(from: from, to: end).value, n)
        }
    }

    func testCASE06_publishedYearsAreNotFlagged() throws {
        let result = try calendar.addingWorkingDays(7, to: try date("2026-02-13"))
        XCTAssertEqual(result.assumedWeekendsOnlyYears, [])
        XCTAssertFalse(result.isProvisional)
    }

    func testCASE06_unpublishedYearCountedOnWeekendsAndFlagged() throws {
        // 2027-01-01 is a Friday; with no 2027 schedule it counts as a working day, and the answer says so.
        let result = try calendar.addingWorkingDays(2, to: try date("2026-12-30"))
        XCTAssertEqual(result.value, try date("2027-01-01"))
        XCTAssertEqual(result.assumedWeekendsOnlyYears, [2027])
        XCTAssertTrue(result.isProvisional)
        let count = calendar.workingDays(from: try date("2026-12-25"), to: try date("2027-01-08"))
        XCTAssertEqual(count.value, 10)
        XCTAssertEqual(count.assumedWeekendsOnlyYears, [2027])
        let single = calendar.isWorkingDay(try date("2027-01-01"))
        XCTAssertEqual(single, WorkingDayResult(value: true, assumedWeekendsOnlyYears: [2027]))
        XCTAssertEqual(calendar.isWorkingDay(try date("2026-12-31")).assumedWeekendsOnlyYears, [])
    }

    func testCASE06_spanOverSeveralUnpublishedYearsListsEach() throws {
        let count = calendar.workingDays(from: try date("2024-12-30"), to: try date("2028-01-03"))
        XCTAssertEqual(count.assumedWeekendsOnlyYears, [2024, 2027, 2028])
    }

    func testCASE06_nonexistentDateRefused() {
        XCTAssertThrowsError(try CalendarDate(parsing: "2026-02-30"))
    }
}
