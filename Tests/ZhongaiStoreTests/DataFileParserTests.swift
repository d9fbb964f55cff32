import XCTest
import ZhongaiDomain

/// The parsers of data/ refuse a malformed line with the file's name and the line's number.
final class DataFileParserTests: XCTestCase {
    private func assertRefusedLine(_ expectedLine: Int, file: String, rule: String? = nil,
                                   sourceFile: StaticString = #filePath, sourceLine: UInt = #line,
                                   _ body: () throws -> Void) {
        XCTAssertThrowsError(try body(), file: sourceFile, line: sourceLine) { error in
            guard let error = error as? ValidationError else {
                return XCTFail("not a ValidationError: \(error)", file: sourceFile, line: sourceLine)
            }
            XCTAssertEqual(error.field, file, "\(error)", file: sourceFile, line: sourceLine)
            XCTAssertEqual(error.line, expectedLine, "\(error)", file: sourceFile, line: sourceLine)
            if let rule { XCTAssertEqual(error.rule, rule, "\(error)", file: sourceFile, line: sourceLine) }
        }
    }

    func testCommentsBlankLinesBOMAndCRLFAreSkipped() throws {
        let text = "\u{FEFF}# towns\r\n\r\n  # indented comment\r\n莞城 | 街道 | GC\r\n东城|街道|DC\r\n"
        XCTAssertEqual(try TownFile.parse(text), [TownEntry(name: "莞城", kind: .subdistrict, code: "GC"),
                                                  TownEntry(name: "东城", kind: .subdistrict, code: "DC")])
    }

    func testWrongFieldCountNamesTheLine() {
        assertRefusedLine(3, file: "towns.txt") { _ = try TownFile.parse("# c\n莞城 | 街道 | GC\n东城 | 街道\n") }
        assertRefusedLine(1, file: "sectors.txt") { _ = try SectorFile.parse("REH | 残联 | extra") }
    }

    func testARC02_townFileRefusals() {
        assertRefusedLine(1, file: "towns.txt") { _ = try TownFile.parse("莞城 | 区 | GC") }
        assertRefusedLine(1, file: "towns.txt", rule: "ARC-02") { _ = try TownFile.parse("莞城 | 街道 | gc") }
        assertRefusedLine(1, file: "towns.txt", rule: "ARC-02") { _ = try TownFile.parse("莞城 | 街道 | G-C") }
        assertRefusedLine(1, file: "towns.txt") { _ = try TownFile.parse(" | 街道 | GC") }
        assertRefusedLine(2, file: "towns.txt") { _ = try TownFile.parse("莞城 | 街道 | GC\n莞城 | 街道 | GCC") }
        assertRefusedLine(2, file: "towns.txt", rule: "ARC-02") {
            _ = try TownFile.parse("黄江 | 镇 | HJ\n厚街 | 镇 | HJ")
        }
    }

    func testARC03_sectorFileRefusals() {
        assertRefusedLine(1, file: "sectors.txt", rule: "ARC-03") { _ = try SectorFile.parse("REHA | 残联") }
        assertRefusedLine(1, file: "sectors.txt", rule: "ARC-03") { _ = try SectorFile.parse("reh | 残联") }
        assertRefusedLine(2, file: "sectors.txt", rule: "ARC-03") { _ = try SectorFile.parse("REH | 残联\nREH | 妇联") }
        assertRefusedLine(1, file: "sectors.txt") { _ = try SectorFile.parse("REH | ") }
    }

    func testINTAKE01_clientCategoryFileRefusals() {
        assertRefusedLine(1, file: "client_categories.txt") { _ = try ClientCategoryFile.parse("Youth | 青少年") }
        assertRefusedLine(2, file: "client_categories.txt") {
            _ = try ClientCategoryFile.parse("youth | 青少年\nteen | 青少年")
        }
    }

    func testIND01_postTargetFileRefusals() {
        let types = "specialised | 特定群体类深度专业服务\ncoordination | 专业统筹协调类服务"
        func targets(_ text: String) throws { _ = try PostTypeFile.parse(types: types, targets: text) }
        assertRefusedLine(1, file: "post_targets.txt", rule: "IND-01") { try targets("unknown | visit | 3") }
        assertRefusedLine(1, file: "post_targets.txt", rule: "IND-01") { try targets("specialised | visits | 3") }
        assertRefusedLine(1, file: "post_targets.txt", rule: "IND-01") { try targets("specialised | visit | -3") }
        assertRefusedLine(1, file: "post_targets.txt", rule: "IND-01") { try targets("specialised | visit | 3.5") }
        assertRefusedLine(1, file: "post_targets.txt", rule: "IND-01") { try targets("specialised | visit | 很多") }
        assertRefusedLine(2, file: "post_targets.txt", rule: "IND-01") {
            try targets("specialised | visit | 3\nspecialised | visit | -")
        }
        assertRefusedLine(2, file: "post_types.txt") {
            _ = try PostTypeFile.parse(types: "a | 甲\na | 乙", targets: "")
        }
    }

    func testIND01_notApplicableIsAbsentNotZero() throws {
        let postTypes = try PostTypeFile.parse(types: "coordination | 专业统筹协调类服务",
                                               targets: "coordination | therapeuticGroup | -\ncoordination | visit | 0")
        XCTAssertEqual(postTypes.first?.targets, ["visit": 0])
    }

    func testPolicyFileRefusals() throws {
        let valid = try String(contentsOf: StoreTestCase.dataDirectory.appendingPathComponent(PolicyFile.fileName),
                               encoding: .utf8)
        let lines = valid.components(separatedBy: "\n")
        let index = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("case.second_contact_working_days") })
        func replacing(_ line: String) -> String {
            var copy = lines
            copy[index] = line
            return copy.joined(separator: "\n")
        }
        let lineNumber = index + 1
        for bad in [
            "case.second_contact_workingdays | 7 | working_days | 服务跟踪制度 一.1(2) | typo in the key",
            "case.second_contact_working_days | 7 | days | 服务跟踪制度 一.1(2) | wrong unit",
            "case.second_contact_working_days | 7 | fortnights | 服务跟踪制度 一.1(2) | unknown unit",
            "case.second_contact_working_days | -7 | working_days | 服务跟踪制度 一.1(2) | negative",
            "case.second_contact_working_days | seven | working_days | 服务跟踪制度 一.1(2) | not a number",
            "case.second_contact_working_days | 7.5 | working_days | 服务跟踪制度 一.1(2) | not whole",
            "case.second_contact_working_days | 7 | working_days |  | no clause",
            "case.second_contact_working_days | 7",
        ] {
            assertRefusedLine(lineNumber, file: "policy.txt") { _ = try PolicyFile.parse(replacing(bad)) }
        }
        // A key given twice is refused on its second line; a missing key is refused naming the key.
        assertRefusedLine(lines.count + 1, file: "policy.txt") { _ = try PolicyFile.parse(valid + "\n" + lines[index]) }
        XCTAssertThrowsError(try PolicyFile.parse(replacing("# removed"))) { error in
            XCTAssertEqual((error as? ValidationError)?.arguments, ["case.second_contact_working_days"])
        }
    }

    func testPolicyUnitRanges() {
        XCTAssertThrowsError(try PolicyUnit.dayOfMonth.parseValue("31", field: "f"))
        XCTAssertThrowsError(try PolicyUnit.dayOfMonth.parseValue("0", field: "f"))
        XCTAssertThrowsError(try PolicyUnit.percent.parseValue("101", field: "f"))
        XCTAssertThrowsError(try PolicyUnit.ratio.parseValue("0", field: "f"))
        XCTAssertThrowsError(try PolicyUnit.days.parseValue("1e3", field: "f"))
        XCTAssertThrowsError(try PolicyUnit.days.parseValue("", field: "f"))
        XCTAssertEqual(try PolicyUnit.factor.parseValue("1.5", field: "f"), 1.5)
        XCTAssertEqual(try PolicyUnit.days.parseValue(" 14 ", field: "f"), 14)
    }

    func testPhoneNumbersAccepted() throws {
        XCTAssertEqual(try PhoneNumber("138-0000-0001").text, "13800000001")
        XCTAssertEqual(try PhoneNumber("138 0000 0001").text, "13800000001")
        XCTAssertEqual(try PhoneNumber("+86 13800000001").text, "13800000001")
        XCTAssertEqual(try PhoneNumber("0769-22123456").text, "0769-22123456")
        XCTAssertEqual(try PhoneNumber("076922123456").text, "0769-22123456")
        XCTAssertEqual(try PhoneNumber("22123456").text, "0769-22123456")
        XCTAssertEqual(try PhoneNumber("020-83123456").text, "020-83123456")
        XCTAssertTrue(try PhoneNumber("13800000001").isMobile)
        XCTAssertFalse(try PhoneNumber("0769-22123456").isMobile)
    }

    func testPhoneNumbersRefused() {
        for bad in ["1380000001", "138000000012", "12800000001", "phone", "0769-0212345", "0769-1212345",
                    "0769-221234567", "2212345", "02212345", "0769-22123456 ext 8", "003-22123456", ""] {
            XCTAssertThrowsError(try PhoneNumber(bad), bad) { error in
                XCTAssertEqual((error as? ValidationError)?.field, "Phone", bad)
            }
        }
    }
}
