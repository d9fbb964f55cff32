import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class DemoCentreTests: StoreTestCase {
    func testROLE02_demoCentreIsRealistic() throws {
        let database = try loadedDatabase()
        let workers = try database.populateDemoCentre()
        XCTAssertEqual(try database.workers(), workers.sorted { $0.code < $1.code })
        XCTAssertGreaterThanOrEqual(workers.count, 28)
        let byRole = Dictionary(grouping: workers, by: \.role)
        for role in Role.allCases where role != .administrator {
            XCTAssertFalse(byRole[role, default: []].isEmpty, "no \(role)")
        }
        XCTAssertEqual(byRole[.chair]?.count, 1)
        XCTAssertEqual(byRole[.viceChair]?.count, 1)
        // Rule ROLE-02: one 督导助理 per up to 12 frontline workers, one 见习督导 per 2 督导助理.
        let policy = try database.policy()
        let frontline = byRole[.frontline, default: []]
        let assistants = byRole[.assistantSupervisor, default: []]
        let trainees = byRole[.traineeSupervisor, default: []]
        XCTAssertGreaterThanOrEqual(assistants.count * policy.frontlinePerAssistantSupervisor, frontline.count)
        XCTAssertGreaterThanOrEqual(trainees.count * policy.assistantsPerTraineeSupervisor, assistants.count)
        for assistant in assistants {
            XCTAssertLessThanOrEqual(frontline.filter { $0.supervisorCode == assistant.code }.count,
                                     policy.frontlinePerAssistantSupervisor)
        }
        // The supervision chain: frontline → 督导助理 → 见习督导 → 督导.
        let byCode = Dictionary(uniqueKeysWithValues: workers.map { ($0.code, $0) })
        XCTAssertTrue(frontline.allSatisfy { byCode[$0.supervisorCode ?? ""]?.role == .assistantSupervisor })
        XCTAssertTrue(assistants.allSatisfy { byCode[$0.supervisorCode ?? ""]?.role == .traineeSupervisor })
        XCTAssertTrue(trainees.allSatisfy { byCode[$0.supervisorCode ?? ""]?.role == .supervisor })
        // Special surname readings and colliding initials.
        let codes = Dictionary(uniqueKeysWithValues: workers.map { ($0.name, $0.code) })
        XCTAssertEqual(codes["曾嘉豪"], "ZJH")
        XCTAssertEqual(codes["单丽娟"], "SLJ")
        XCTAssertEqual(codes["区美玲"], "OML")
        XCTAssertEqual(codes["王明"], "WM")
        XCTAssertEqual(codes["吴敏"], "WUM")
        XCTAssertEqual(codes["张明"], "ZM")
        XCTAssertEqual(codes["周敏"], "ZHM")
        XCTAssertTrue(workers.allSatisfy { $0.phone?.hasPrefix("1380000") == true })
        // Service points in different towns and sectors.
        let points = try database.servicePoints()
        XCTAssertGreaterThanOrEqual(points.count, 6)
        XCTAssertEqual(Set(points.map(\.townID)).count, points.count)
        XCTAssertEqual(Set(points.map(\.sectorCode)).count, points.count)
        XCTAssertTrue(frontline.allSatisfy { $0.servicePointID != nil && $0.postType != nil })
    }

    func testDemoCentreRefusedWhenWorkersExist() throws {
        let database = try loadedDatabase()
        try database.addWorker(name: "王明", role: .frontline)
        try assertRefused(database, field: "Demo data") { try database.populateDemoCentre() }
    }

    func testDemoCentreNeedsReferenceData() throws {
        let database = try AppDatabase.empty()
        try assertRefused(database, field: "Town") { try database.populateDemoCentre() }
    }
}
