import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class HolidayStoreTests: StoreTestCase {
    private let year2027 = """
        year 2027 测试通知 2026-11-01
        off  2027-01-01 元旦
        off  2027-02-05..2027-02-11 春节
        work 2027-02-14 春节调休
        """

    func testCASE06_holidayScheduleStoredAsPublished() throws {
        let database = try loadedDatabase()
        XCTAssertEqual(try database.holidaySchedule(), try HolidayFile.parse(dataFile(HolidayFile.fileName)))
        let schedule = try database.holidaySchedule()
        XCTAssertTrue(schedule.isPublished(year: 2025))
        XCTAssertEqual(schedule.scheduledDay(on: try CalendarDate(year: 2026, month: 1, day: 4))?.kind, .makeUpWorkday)
    }

    func testCASE06_importAddsANewYear() throws {
        let database = try loadedDatabase()
        XCTAssertEqual(try database.importHolidays(text: year2027), [2027])
        let schedule = try database.holidaySchedule()
        XCTAssertTrue(schedule.isPublished(year: 2027))
        XCTAssertTrue(schedule.isPublished(year: 2026))
        XCTAssertEqual(schedule.scheduledDay(on: try CalendarDate(year: 2027, month: 2, day: 8))?.name, "春节")
        // The same year again is no change.
        let before = try dump(database)
        XCTAssertEqual(try database.importHolidays(text: year2027), [])
        XCTAssertEqual(try dump(database), before)
        // The data file's years are never loaded twice either.
        XCTAssertEqual(try database.loadReferenceData(from: Self.dataDirectory).holidayYears, 0)
    }

    func testCASE06_malformedImportChangesNothing() throws {
        let database = try loadedDatabase()
        let error = try assertRefused(database, field: "holidays.txt") {
            try database.importHolidays(text: year2027 + "\nwork 2027-03-03 not a weekend")
        }
        XCTAssertEqual(error?.line, 5)
        try assertRefused(database, field: "holidays.txt") {
            try database.importHolidays(text: "year 2027 通知\noff 2027-02-30 no such day")
        }
    }

    func testCASE06_changedYearNeedsReplacing() throws {
        let database = try loadedDatabase()
        try database.importHolidays(text: year2027)
        let corrected = year2027.replacingOccurrences(of: "off  2027-01-01 元旦", with: "off  2027-01-01..2027-01-03 元旦")
        try assertRefused(database, field: "Holiday calendar") { try database.importHolidays(text: corrected) }
        XCTAssertEqual(try database.importHolidays(text: corrected, replacingExisting: true), [2027])
        XCTAssertEqual(try database.holidaySchedule().scheduledDay(on: CalendarDate(year: 2027, month: 1, day: 3))?.kind,
                       .dayOff)
    }
}
