import XCTest
import ZhongaiDomain

final class ResidentIDNumberTests: XCTestCase {
    func testValidNumberGivesItsBirthDate() throws {
        let id = try ResidentIDNumber("441900198005061231")
        XCTAssertEqual(id.text, "441900198005061231")
        XCTAssertEqual(id.birthDate, try CalendarDate(year: 1980, month: 5, day: 6))
    }

    func testLowercaseXAndSpacesAreWrittenInOneForm() throws {
        XCTAssertEqual(try ResidentIDNumber("110105 19491231 002x").text, "11010519491231002X")
    }

    func testWrongCheckDigitIsRefusedSayingSo() {
        XCTAssertThrowsError(try ResidentIDNumber("441900198005061232")) { error in
            let refusal = error as? ValidationError
            XCTAssertEqual(refusal?.field, "ID number")
            XCTAssertTrue(refusal?.description.contains("check digit") ?? false, "\(error)")
        }
        // One digit mistyped in the middle.
        XCTAssertThrowsError(try ResidentIDNumber("441900198005061331"))
    }

    func testBirthDateMustExist() {
        // 2010-02-30 with a matching check digit.
        let body = "44190020100230123"
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body.map { Int(String($0))! }, weights).map(*).reduce(0, +)
        let number = body + String(Array("10X98765432")[sum % 11])
        XCTAssertThrowsError(try ResidentIDNumber(number)) { error in
            XCTAssertTrue("\(error)".contains("exist"), "\(error)")
        }
        XCTAssertNoThrow(try ResidentIDNumber("441900202002290011"))
    }

    func testWrongLengthOrLettersAreRefused() {
        XCTAssertThrowsError(try ResidentIDNumber("44190019800506123"))
        XCTAssertThrowsError(try ResidentIDNumber("4419001980050612311"))
        XCTAssertThrowsError(try ResidentIDNumber("44190019800506A231"))
        XCTAssertThrowsError(try ResidentIDNumber("44190019800506123Y"))
    }
}
