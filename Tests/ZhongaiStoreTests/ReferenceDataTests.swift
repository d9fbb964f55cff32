import Foundation
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class ReferenceDataTests: StoreTestCase {
    static let expectedTownCodes: [String: String] = [
        "莞城": "GC", "东城": "DC", "南城": "NC", "万江": "WJ", "石碣": "SJ", "石龙": "SL", "茶山": "CS", "石排": "SP",
        "企石": "QS", "横沥": "HL", "桥头": "QT", "谢岗": "XG", "东坑": "DK", "常平": "CP", "寮步": "LB", "樟木头": "ZMT",
        "大朗": "DL", "黄江": "HJ", "清溪": "QX", "塘厦": "TX", "凤岗": "FG", "大岭山": "DLS", "长安": "CA", "虎门": "HM",
        "厚街": "HOJ", "沙田": "ST", "道滘": "DJ", "洪梅": "HOM", "麻涌": "MC", "望牛墩": "WND", "中堂": "ZT", "高埗": "GB",
        "松山湖": "SSH",
    ]

    func testReferenceDataLoadIsIdempotent() throws {
        let database = try AppDatabase.empty()
        let first = try database.loadReferenceData(from: Self.dataDirectory)
        XCTAssertEqual(first.towns, 33)
        XCTAssertEqual(first.sectors, 10)
        XCTAssertEqual(first.clientCategories, 11)
        XCTAssertEqual(first.postTypes, 3)
        XCTAssertEqual(first.policyEntries, PolicyKey.allCases.count)
        XCTAssertGreaterThan(first.holidayYears, 0)
        XCTAssertGreaterThan(first.holidayDays, 0)
        let before = try dump(database)
        XCTAssertEqual(try database.loadReferenceData(from: Self.dataDirectory).total, 0)
        XCTAssertEqual(try dump(database), before)
    }

    /// A later start never overwrites what the centre edited, and never brings back what it renamed.
    func testReferenceDataLoadNeverOverwritesEdits() throws {
        let database = try loadedDatabase()
        try database.updateTown(name: "厚街", newName: "厚街镇", code: "HJZ")
        try database.setTownActive(name: "松山湖", isActive: false)
        try database.setPolicyValue(key: "case.second_contact_working_days", value: "5")
        try database.setPostTarget(postTypeCode: "community", indicator: .visit, minimum: 60)
        try database.setPostTarget(postTypeCode: "specialised", indicator: .newsletter, minimum: nil)
        let before = try dump(database)
        XCTAssertEqual(try database.loadReferenceData(from: Self.dataDirectory).total, 0)
        XCTAssertEqual(try dump(database), before)
        XCTAssertNil(try database.town(named: "厚街"))
        XCTAssertEqual(try database.policy().caseSecondContactWorkingDays, 5)
    }

    /// Keys a newer program ships are added to an existing database; values already there stay.
    func testReferenceDataLoadAddsMissingPolicyKeysOnly() throws {
        let database = try loadedDatabase()
        try database.setPolicyValue(key: "report.due_days", value: "4")
        try database.writer.write { try $0.execute(sql: "DELETE FROM policy WHERE key = 'complaint.reply_days'") }
        XCTAssertThrowsError(try database.policy())
        let summary = try database.loadReferenceData(from: Self.dataDirectory)
        XCTAssertEqual(summary.policyEntries, 1)
        XCTAssertEqual(summary.total, 1)
        XCTAssertEqual(try database.policy().complaintReplyDays, 2)
        XCTAssertEqual(try database.policy().reportDueDays, 4)
    }

    func testARC02_townsLoadedWithPlaceNameCodesAndKinds() throws {
        let database = try loadedDatabase()
        let towns = try database.towns()
        XCTAssertEqual(towns.count, 33)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: towns.map { ($0.name, $0.code) }), Self.expectedTownCodes)
        for name in ["莞城", "东城", "南城", "万江"] { XCTAssertEqual(try database.townKind(named: name), .subdistrict) }
        XCTAssertEqual(try database.townKind(named: "松山湖"), .functionalZone)
        XCTAssertEqual(towns.filter { try! database.townKind(named: $0.name) == .town }.count, 28)
    }

    /// The codes of data/towns.txt are what the place-name reader and the disambiguator give, in file order.
    func testARC02_townFileAgreesWithPinyinReadings() throws {
        var taken: Set<String> = []
        for entry in try TownFile.parse(dataFile(TownFile.fileName)) {
            let code = InitialsDisambiguator.distinctCode(for: try PinyinReader().readPlace(entry.name), taken: taken)
            XCTAssertEqual(code, entry.code, entry.name)
            taken.insert(code)
        }
    }

    func testARC03_sectorsLoaded() throws {
        let sectors = try loadedDatabase().sectors()
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: sectors.map { ($0.code, $0.name) }), [
            "REH": "残联", "EDU": "教育局", "WMF": "妇联", "CYL": "团委(青少年)", "CMW": "社区(老年)",
            "CAB": "民政局(医务)", "JUS": "司法(维稳)", "CSC": "社区综合服务中心", "REC": "康就中心", "UNI": "工会",
        ])
    }

    func testINTAKE01_clientCategoriesLoadedInOrder() throws {
        XCTAssertEqual(try loadedDatabase().clientCategories().map(\.name), [
            "青少年", "老年人", "残疾人", "妇女", "学生", "社区居民", "社区矫正人员和安置帮教人员",
            "医疗机构就医人员及有需要的医护人员", "康就中心学员及有康复需要的社区居民", "新莞人", "其他特定人群项目的服务对象",
        ])
    }

    /// The 社工年度服务量化指标 table of 服务手册 五.2, cell by cell; 根据实际确定 and the like are absent, not 0.
    func testIND01_targetsLoadedExactlyAsTheTable() throws {
        let postTypes = try loadedDatabase().postTypes()
        XCTAssertEqual(postTypes.map(\.name), ["特定群体类深度专业服务", "社区综合类一般专业性服务", "专业统筹协调类服务"])
        let targets = Dictionary(uniqueKeysWithValues: postTypes.map { ($0.code, $0.targets) })
        XCTAssertEqual(targets["specialised"], [
            "professionalCase": 30, "consultation": 50, "visit": 50, "filing": 50, "therapeuticGroup": 3,
            "developmentalGroup": 3, "largeActivity": 3, "smallActivity": 4, "lectureWorkshop": 3, "outreach": 5,
            "newsletter": 12, "volunteersRecruited": 15, "volunteerTraining": 6, "volunteerServices": 80,
            "supervision": 24, "training": 6,
        ])
        XCTAssertEqual(targets["community"], [
            "professionalCase": 15, "consultation": 30, "visit": 50, "filing": 50, "therapeuticGroup": 3,
            "developmentalGroup": 3, "largeActivity": 4, "smallActivity": 5, "lectureWorkshop": 3, "outreach": 5,
            "newsletter": 12, "volunteersRecruited": 20, "volunteerTraining": 6, "volunteerServices": 100,
            "supervision": 24, "training": 6,
        ])
        XCTAssertEqual(targets["coordination"], [
            "professionalCase": 15, "consultation": 30, "visit": 30, "filing": 20, "developmentalGroup": 2,
            "largeActivity": 5, "smallActivity": 3, "lectureWorkshop": 4, "outreach": 3, "supervision": 24,
            "training": 6,
        ])
        XCTAssertNil(targets["coordination"]?["therapeuticGroup"])
    }

    func testIND01_postTargetEditing() throws {
        let database = try loadedDatabase()
        try database.setPostTarget(postTypeCode: "coordination", indicator: .therapeuticGroup, minimum: 1)
        try database.setPostTarget(postTypeCode: "specialised", indicator: .newsletter, minimum: nil)
        let targets = Dictionary(uniqueKeysWithValues: try database.postTypes().map { ($0.code, $0.targets) })
        XCTAssertEqual(targets["coordination"]?["therapeuticGroup"], 1)
        XCTAssertNil(targets["specialised"]?["newsletter"])
        try assertRefused(database, field: "Post type", rule: "IND-01") {
            try database.setPostTarget(postTypeCode: "nonexistent", indicator: .visit, minimum: 1)
        }
        try assertRefused(database, field: "Minimum", rule: "IND-01") {
            try database.setPostTarget(postTypeCode: "community", indicator: .visit, minimum: -1)
        }
    }

    /// A malformed data file is refused with its name and line, and nothing is loaded at all.
    func testMalformedDataFileChangesNothing() throws {
        let copy = try temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.dataDirectory.path) {
            try FileManager.default.copyItem(at: Self.dataDirectory.appendingPathComponent(name),
                                             to: copy.appendingPathComponent(name))
        }
        let towns = try dataFile(TownFile.fileName)
        var lines = towns.components(separatedBy: "\n")
        let line = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("茶山") })
        lines[line] = "茶山 | 镇 | cs"
        try lines.joined(separator: "\n").write(to: copy.appendingPathComponent(TownFile.fileName), atomically: true,
                                                encoding: .utf8)
        let database = try AppDatabase.empty()
        let error = try assertRefused(database, field: TownFile.fileName, rule: "ARC-02") {
            try database.loadReferenceData(from: copy)
        }
        XCTAssertEqual(error?.line, line + 1)
        XCTAssertEqual(try database.towns(), [])
        XCTAssertEqual(try database.sectors(), [])
    }

    func testMissingDataFileIsRefused() throws {
        let empty = try temporaryDirectory()
        let database = try AppDatabase.empty()
        try assertRefused(database, field: TownFile.fileName) { try database.loadReferenceData(from: empty) }
    }

    func testReferenceDataParsesFromTheRepository() throws {
        let data = try ReferenceData.load(from: Self.dataDirectory)
        XCTAssertEqual(data.towns.count, 33)
        XCTAssertEqual(Set(data.policy.map(\.key)), Set(PolicyKey.allCases))
        XCTAssertTrue(data.policy.allSatisfy { !$0.clause.isEmpty })
        XCTAssertTrue(data.holidays.isPublished(year: 2026))
    }
}
