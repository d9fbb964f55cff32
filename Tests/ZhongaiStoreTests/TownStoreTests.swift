import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class TownStoreTests: StoreTestCase {
    func testARC02_addTownComputesCodeFromPlaceNameReadings() throws {
        let database = try loadedDatabase()
        XCTAssertEqual(try database.addTown(name: "新塘").code, "XT")
        // 长 is read cháng in place names; CS is 茶山's, so the first syllable is spelled longer.
        XCTAssertEqual(try database.addTown(name: "长沙").code, "CHS")
        // HJ (黄江) and HOJ (厚街) are taken: 华江 gets the next spelling.
        XCTAssertEqual(try database.addTown(name: "华江", kind: .subdistrict).code, "HUJ")
        XCTAssertEqual(try database.townKind(named: "华江"), .subdistrict)
        XCTAssertEqual(try database.addTown(name: "测试区", code: " CSQ ", kind: .functionalZone).code, "CSQ")
    }

    func testARC02_addTownRefusals() throws {
        let database = try loadedDatabase()
        try assertRefused(database, field: "Name") { try database.addTown(name: "  ") }
        try assertRefused(database, field: "Name") { try database.addTown(name: "茶山") }
        try assertRefused(database, field: "Name") { try database.addTown(name: "茶山", code: "ZZZ") }
        try assertRefused(database, field: "Code", rule: "ARC-02") { try database.addTown(name: "新塘", code: "CS") }
        try assertRefused(database, field: "Code", rule: "ARC-02") { try database.addTown(name: "新塘", code: "xt") }
        try assertRefused(database, field: "Code", rule: "ARC-02") { try database.addTown(name: "新塘", code: "X-T") }
        try assertRefused(database, field: "Code", rule: "ARC-02") { try database.addTown(name: "新塘", code: "新塘") }
        try assertRefused(database, field: "Name", rule: "ARC-02") { try database.addTown(name: "新塘3号") }
    }

    func testARC02_retiredTownKeepsItsCode() throws {
        let database = try loadedDatabase()
        try database.setTownActive(name: "洪梅", isActive: false)
        XCTAssertNil(try database.towns().first { $0.name == "洪梅" })
        XCTAssertEqual(try database.towns(includeInactive: true).first { $0.name == "洪梅" }?.isActive, false)
        try assertRefused(database, field: "Code", rule: "ARC-02") { try database.addTown(name: "新洪梅", code: "HOM") }
        // 海马 hai ma: HM is 虎门's, so HAM.
        XCTAssertEqual(try database.addTown(name: "海马").code, "HAM")
        try database.setTownActive(name: "洪梅", isActive: true)
        XCTAssertEqual(try database.towns().filter { $0.name == "洪梅" }.count, 1)
    }

    func testUpdateTown() throws {
        let database = try loadedDatabase()
        let updated = try database.updateTown(name: "厚街", newName: "厚街镇", code: "HJZ", kind: .town)
        XCTAssertEqual(updated.name, "厚街镇")
        XCTAssertEqual(updated.code, "HJZ")
        XCTAssertEqual(try database.updateTown(name: "厚街镇", code: "HJZ").code, "HJZ")
        try assertRefused(database, field: "Town") { try database.updateTown(name: "厚街", code: "HJY") }
        try assertRefused(database, field: "Town") { try database.setTownActive(name: "不存在", isActive: false) }
        try assertRefused(database, field: "Name") { try database.updateTown(name: "厚街镇", newName: "茶山") }
        try assertRefused(database, field: "Name") { try database.updateTown(name: "厚街镇", newName: "") }
        try assertRefused(database, field: "Code", rule: "ARC-02") { try database.updateTown(name: "厚街镇", code: "HJ") }
        try assertRefused(database, field: "Code", rule: "ARC-02") { try database.updateTown(name: "厚街镇", code: "hj") }
        try assertRefused(database, field: "Town") { _ = try database.townKind(named: "不存在") }
    }

    /// ARC-01: an archive code never changes; the town's old code stays in it, and no other town may take it.
    func testARC02_changedTownCodeLeavesIssuedArchiveCodes() throws {
        let database = try loadedDatabase()
        let worker = try database.addWorker(name: "王明", role: .frontline)
        let date = try CalendarDate(year: 2026, month: 5, day: 6)
        let before = try database.issueArchiveCode(workerCode: worker.code, nature: .caseWork, townName: "厚街",
                                                   sectorCode: "WMF", date: date)
        XCTAssertEqual(before.description, "HOJ-WMF-C01-202605-WM")
        try database.updateTown(name: "厚街", code: "HJZ")
        XCTAssertEqual(try database.archiveCodes(workerCode: worker.code), [before])
        try assertRefused(database, field: "Code", rule: "ARC-02") { try database.addTown(name: "新镇", code: "HOJ") }
        let after = try database.issueArchiveCode(workerCode: worker.code, nature: .caseWork, townName: "厚街",
                                                  sectorCode: "WMF", date: date)
        XCTAssertEqual(after.description, "HJZ-WMF-C02-202605-WM")
        // The town itself may take its old code back.
        XCTAssertEqual(try database.updateTown(name: "厚街", code: "HOJ").code, "HOJ")
    }
}
