import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class ArchiveCodeStoreTests: StoreTestCase {
    private var database: AppDatabase!

    override func setUpWithError() throws {
        database = try loadedDatabase()
    }

    private func issue(_ worker: String, _ nature: ServiceNature, _ town: String, _ sector: String,
                       _ year: Int, _ month: Int) throws -> String {
        try database.issueArchiveCode(workerCode: worker, nature: nature, townName: town, sectorCode: sector,
                                      date: CalendarDate(year: year, month: month, day: 15)).description
    }

    /// The rule book's examples (档案接收制度 第四章 1).
    func testARC01_examplesOfTheRuleBook() throws {
        let wm = try database.addWorker(name: "王明", role: .frontline).code
        XCTAssertEqual(try issue(wm, .caseWork, "莞城", "CAB", 2013, 1), "GC-CAB-C01-201301-WM")
        XCTAssertEqual(try issue(wm, .activity, "茶山", "REC", 2013, 2), "CS-REC-P01-201302-WM")
        XCTAssertEqual(try issue(wm, .consultation, "寮步", "REH", 2013, 2), "LB-REH-I01-201302-WM")
        XCTAssertEqual(try issue(wm, .consultation, "寮步", "REH", 2013, 2), "LB-REH-I02-201302-WM")
        for _ in 1...5 { _ = try issue(wm, .group, "凤岗", "CMW", 2013, 3) }
        XCTAssertEqual(try issue(wm, .group, "凤岗", "CMW", 2013, 4), "FG-CMW-G06-201304-WM")
    }

    /// ARC-05: counted per worker, per nature, per calendar year, across every sector and town.
    func testARC05_sequencePerWorkerNatureAndYearAcrossSectorsAndTowns() throws {
        let wm = try database.addWorker(name: "王明", role: .frontline).code
        let wum = try database.addWorker(name: "吴敏", role: .frontline).code
        XCTAssertEqual(try issue(wm, .caseWork, "莞城", "CAB", 2026, 1), "GC-CAB-C01-202601-WM")
        XCTAssertEqual(try issue(wm, .caseWork, "莞城", "CAB", 2026, 1), "GC-CAB-C02-202601-WM")
        // Another month, town and sector: the same count goes on.
        XCTAssertEqual(try issue(wm, .caseWork, "茶山", "REH", 2026, 2), "CS-REH-C03-202602-WM")
        XCTAssertEqual(try issue(wm, .caseWork, "厚街", "WMF", 2026, 12), "HOJ-WMF-C04-202612-WM")
        // Another nature has its own count.
        XCTAssertEqual(try issue(wm, .visit, "茶山", "REH", 2026, 2), "CS-REH-V01-202602-WM")
        XCTAssertEqual(try issue(wm, .filing, "茶山", "REH", 2026, 2), "CS-REH-F01-202602-WM")
        // Another worker has their own count, even in the same town and sector.
        XCTAssertEqual(try issue(wum, .caseWork, "莞城", "CAB", 2026, 1), "GC-CAB-C01-202601-WUM")
        // A new calendar year starts again at 01, and the old year's count is unaffected.
        XCTAssertEqual(try issue(wm, .caseWork, "莞城", "CAB", 2027, 1), "GC-CAB-C01-202701-WM")
        XCTAssertEqual(try issue(wm, .caseWork, "莞城", "CAB", 2026, 12), "GC-CAB-C05-202612-WM")
        XCTAssertEqual(try database.archiveCodes(workerCode: wm).map(\.description), [
            "GC-CAB-C01-202601-WM", "GC-CAB-C02-202601-WM", "CS-REH-C03-202602-WM", "HOJ-WMF-C04-202612-WM",
            "CS-REH-V01-202602-WM", "CS-REH-F01-202602-WM", "GC-CAB-C01-202701-WM", "GC-CAB-C05-202612-WM",
        ])
        XCTAssertEqual(try database.archiveCodes(workerCode: wum).count, 1)
        XCTAssertEqual(try database.archiveCodes(workerCode: "NOBODY"), [])
    }

    func testARC05_codesOfADeactivatedWorkerStayAndTheirCountIsNotReused() throws {
        let first = try database.addWorker(name: "王明", role: .frontline).code
        XCTAssertEqual(try issue(first, .caseWork, "莞城", "CAB", 2026, 1), "GC-CAB-C01-202601-WM")
        try database.deactivateWorker(code: first)
        let second = try database.addWorker(name: "王明", role: .frontline).code
        XCTAssertEqual(try issue(second, .caseWork, "莞城", "CAB", 2026, 1), "GC-CAB-C01-202601-WAM")
        XCTAssertEqual(try database.archiveCodes(workerCode: first).map(\.description), ["GC-CAB-C01-202601-WM"])
    }

    func testIssueArchiveCodeRefusals() throws {
        let wm = try database.addWorker(name: "王明", role: .frontline).code
        let retired = try database.addWorker(name: "陈志强", role: .frontline).code
        try database.deactivateWorker(code: retired)
        try database.setTownActive(name: "洪梅", isActive: false)
        let date = try CalendarDate(year: 2026, month: 1, day: 5)
        try assertRefused(database, field: "Worker") {
            try database.issueArchiveCode(workerCode: "NOBODY", nature: .caseWork, townName: "莞城", sectorCode: "CAB",
                                          date: date)
        }
        try assertRefused(database, field: "Worker") {
            try database.issueArchiveCode(workerCode: retired, nature: .caseWork, townName: "莞城", sectorCode: "CAB",
                                          date: date)
        }
        try assertRefused(database, field: "Town") {
            try database.issueArchiveCode(workerCode: wm, nature: .caseWork, townName: "广州", sectorCode: "CAB",
                                          date: date)
        }
        try assertRefused(database, field: "Town") {
            try database.issueArchiveCode(workerCode: wm, nature: .caseWork, townName: "洪梅", sectorCode: "CAB",
                                          date: date)
        }
        try assertRefused(database, field: "Sector", rule: "ARC-03") {
            try database.issueArchiveCode(workerCode: wm, nature: .caseWork, townName: "莞城", sectorCode: "MED",
                                          date: date)
        }
    }
}
