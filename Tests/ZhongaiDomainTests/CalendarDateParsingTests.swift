import XCTest
@testable import ZhongaiDomain

/// Stored dates are read through a byte-by-byte path (lists parse thousands): it must answer exactly as the general
/// parse does, for the dates CASE-06's working days and every other deadline are counted from.
final class CalendarDateParsingTests: XCTestCase {
    func testCASE06_plainDatesParseToTheirDay_andImpossibleOnesAreRefusedAlike() throws {
        let plain = try CalendarDate(parsing: "2026-02-28")
        XCTAssertEqual(plain, try CalendarDate(year: 2026, month: 2, day: 28))
        XCTAssertEqual(try CalendarDate(parsing: "2024-02-29").dayNumber, try CalendarDate(parsing: " 2024-02-29 ").dayNumber)
        for day in stride(from: -800, through: 800, by: 7) {
            let date = plain.adding(days: day)
            XCTAssertEqual(try CalendarDate(parsing: date.description), date)
        }
        XCTAssertEqual(try CalendarDate(year: 7, month: 1, day: 9).description, "0007-01-09")
        XCTAssertEqual(try CalendarDate(year: 9999, month: 12, day: 31).description, "9999-12-31")
        for text in ["2026-02-30", "2026-13-01", "0000-01-01", "2026-00-10"] {
            XCTAssertThrowsError(try CalendarDate(parsing: text), text) { error in
                XCTAssertEqual((error as? ValidationError)?.field, "Date")
                XCTAssertTrue("\(error)".contains(text), "\(error)")
            }
        }
        for text in ["2026-2-28", "2026/02/28", "2026-02-2x", "２０２６-02-28", "", "2026-02-280"] {
            XCTAssertThrowsError(try CalendarDate(parsing: text), text)
        }
    }
}
