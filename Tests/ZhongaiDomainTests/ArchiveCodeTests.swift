import XCTest
@testable import ZhongaiDomain

final class ArchiveCodeTests: XCTestCase {
    func testARC01_ruleBookExamplesBuildAndParseBack() throws {
        let examples: [(String, String, ServiceNature, Int, Int, Int, String)] = [
            ("GC-CAB-C01-201301-WM", "GC", .caseWork, 1, 2013, 1, "CAB"),
            ("FG-CMW-G06-201304-WM", "FG", .group, 6, 2013, 4, "CMW"),
            ("CS-REC-P01-201302-WM", "CS", .activity, 1, 2013, 2, "REC"),
            ("LB-REH-I02-201302-WM", "LB", .consultation, 2, 2013, 2, "REH"),
        ]
        for (text, town, nature, sequence, year, month, sector) in examples {
            let built = try ArchiveCode(townCode: town, sectorCode: sector, nature: nature, sequence: sequence,
                                        year: year, month: month, workerCode: "WM")
            XCTAssertEqual(built.description, text)
            XCTAssertEqual(try ArchiveCode(parsing: text), built)
        }
    }

    func testARC01_ruleBookExamplesIssuedFromTownNames() throws {
        let reader = PinyinReader()
        let wangMing = try reader.personInitials("王明")
        let issued = [
            try ArchiveCodeIssuer.nextCode(workerCode: wangMing, nature: .caseWork,
                                           townCode: try reader.placeInitials("莞城"), sectorCode: "CAB",
                                           openedOn: try CalendarDate(parsing: "2013-01-10"), highestIssuedSequence: 0),
            try ArchiveCodeIssuer.nextCode(workerCode: wangMing, nature: .group,
                                           townCode: try reader.placeInitials("凤岗"), sectorCode: "CMW",
                                           openedOn: try CalendarDate(parsing: "2013-04-02"), highestIssuedSequence: 5),
            try ArchiveCodeIssuer.nextCode(workerCode: wangMing, nature: .activity,
                                           townCode: try reader.placeInitials("茶山"), sectorCode: "REC",
                                           openedOn: try CalendarDate(parsing: "2013-02-28"), highestIssuedSequence: 0),
            try ArchiveCodeIssuer.nextCode(workerCode: wangMing, nature: .consultation,
                                           townCode: try reader.placeInitials("寮步"), sectorCode: "REH",
                                           openedOn: try CalendarDate(parsing: "2013-02-01"), highestIssuedSequence: 1),
        ]
        XCTAssertEqual(issued.map(\.description), ["GC-CAB-C01-201301-WM", "FG-CMW-G06-201304-WM",
                                                   "CS-REC-P01-201302-WM", "LB-REH-I02-201302-WM"])
    }

    func testARC04_theSixNaturesAndNoOther() throws {
        XCTAssertEqual(ServiceNature.allCases.map(\.rawValue), ["C", "G", "P", "F", "V", "I"])
        XCTAssertEqual(ServiceNature.allCases.map(\.chineseName), ["个案", "小组", "活动", "建档", "探访", "咨询"])
        for text in ["GC-CAB-X01-201301-WM", "GC-CAB-c01-201301-WM"] {
            XCTAssertThrowsError(try ArchiveCode(parsing: text), text)
        }
    }

    func testARC05_sequenceWidensPast99() throws {
        let code = try ArchiveCode(townCode: "CS", sectorCode: "REC", nature: .visit, sequence: 100, year: 2026,
                                   month: 3, workerCode: "WM2")
        XCTAssertEqual(code.description, "CS-REC-V100-202603-WM2")
        XCTAssertEqual(try ArchiveCode(parsing: "CS-REC-V100-202603-WM2"), code)
        XCTAssertEqual(try ArchiveCode(parsing: "CS-REC-V99-202603-WM2").sequence, 99)
    }

    func testARC01_codableAsItsText() throws {
        let code = try ArchiveCode(parsing: "HOJ-CSC-F12-202611-ZHM")
        let data = try JSONEncoder().encode([code])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"HOJ-CSC-F12-202611-ZHM\"]")
        XCTAssertEqual(try JSONDecoder().decode([ArchiveCode].self, from: data), [code])
    }

    func testARC01_malformedCodesRefused() {
        let malformed = [
            "", "GC-CAB-C01-201301", "GC-CAB-C01-201301-WM-X", "GC_CAB_C01_201301_WM", "gc-CAB-C01-201301-WM",
            "GC-CA-C01-201301-WM", "GC-CABB-C01-201301-WM", "GC-cab-C01-201301-WM", "GC-CAB-X01-201301-WM",
            "GC-CAB-C1-201301-WM", "GC-CAB-C00-201301-WM", "GC-CAB-C001-201301-WM", "GC-CAB-C0a-201301-WM",
            "GC-CAB-C01-201313-WM", "GC-CAB-C01-201300-WM", "GC-CAB-C01-20131-WM", "GC-CAB-C01-2013-01-WM",
            "GC-CAB-C01-201301-wm", "GC-CAB-C01-201301-2WM", "GC-CAB-C01-201301-W2M", "-CAB-C01-201301-WM",
            "GC-CAB--201301-WM", "GC-CAB-C-201301-WM", "GC-CAB-C+1-201301-WM",
        ]
        for text in malformed {
            XCTAssertThrowsError(try ArchiveCode(parsing: text), text) { error in
                XCTAssertNotNil(error as? ValidationError, text)
            }
        }
    }

    func testARC01_malformedPartsNameTheirField() {
        func field(_ build: () throws -> ArchiveCode) -> String? {
            do { _ = try build(); return nil } catch { return (error as? ValidationError)?.field }
        }
        XCTAssertEqual(field { try ArchiveCode(townCode: "Gc", sectorCode: "CAB", nature: .caseWork, sequence: 1,
                                               year: 2013, month: 1, workerCode: "WM") }, "Town code")
        XCTAssertEqual(field { try ArchiveCode(townCode: "GC", sectorCode: "CA1", nature: .caseWork, sequence: 1,
                                               year: 2013, month: 1, workerCode: "WM") }, "Sector code")
        XCTAssertEqual(field { try ArchiveCode(townCode: "GC", sectorCode: "CAB", nature: .caseWork, sequence: 0,
                                               year: 2013, month: 1, workerCode: "WM") }, "Sequence")
        XCTAssertEqual(field { try ArchiveCode(townCode: "GC", sectorCode: "CAB", nature: .caseWork, sequence: 1,
                                               year: 2013, month: 13, workerCode: "WM") }, "Year and month")
        XCTAssertEqual(field { try ArchiveCode(townCode: "GC", sectorCode: "CAB", nature: .caseWork, sequence: 1,
                                               year: 2013, month: 1, workerCode: "王明") }, "Worker code")
    }
}
