import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class DemoCentreTests: StoreTestCase {
    /// The one password of every demo account.
    static let password = "demo centre 2026"

    func testROLE02_demoCentreIsRealistic() throws {
        let database = try loadedDatabase()
        let workers = try database.populateDemoCentre(password: Self.password)
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

    func testEveryDemoWorkerHasAnAccountOpenedByTheOnePassword() throws {
        let database = try loadedDatabase()
        let workers = try database.populateDemoCentre(password: Self.password)
        let accounts = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT workerCode, passwordHash, mustChangePassword FROM account ORDER BY workerCode")
        }
        XCTAssertEqual(accounts.map { $0["workerCode"] as String }, workers.map(\.code).sorted())
        for row in accounts {
            let hash: String = row["passwordHash"]
            XCTAssertTrue(hash.hasPrefix("$argon2id$"), hash)
            XCTAssertFalse(hash.contains(Self.password))
            XCTAssertFalse(row["mustChangePassword"] as Bool, "a demo account opens without a forced change")
        }
        // Each hash has its own salt.
        XCTAssertEqual(Set(accounts.map { $0["passwordHash"] as String }).count, accounts.count)
        // One worker of each kind signs in, and sees what the role allows.
        let byRole = Dictionary(grouping: workers, by: \.role)
        for role in [Role.frontline, .supervisor, .serviceDepartment, .chair] {
            let worker = try XCTUnwrap(byRole[role]?.first)
            let session = try database.authenticate(workerCode: worker.code, password: Self.password)
            XCTAssertEqual(session.role, role)
            XCTAssertEqual(try database.mayDo(.viewAudit, as: session), [.serviceDepartment, .chair].contains(role))
            XCTAssertFalse(try database.mayDo(.manageDirectory, as: session))
            // Record actions: whether the role holds them in some scope (ROLE-01).
            XCTAssertEqual(try database.mayDo(.create, as: session), [.frontline, .supervisor, .serviceDepartment].contains(role))
            XCTAssertEqual(try database.mayDo(.approve, as: session), role == .supervisor)
        }
        let log = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT actorCode, action FROM auditEntry WHERE action IN ('workerAdded', 'accountCreated')")
        }
        XCTAssertEqual(log.count, 2 * workers.count)
        XCTAssertTrue(log.allSatisfy { $0["actorCode"] == AuditEntry.systemActor })
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
    }

    func testDemoCentreJoinsTheFirstAdministrator_asTheAdministrator() throws {
        let database = try loadedDatabase()
        let admin = try database.createAdministrator(name: "系统管理员", password: Self.password)
        let session = try database.authenticate(workerCode: admin.code, password: Self.password)
        let workers = try database.populateDemoCentre(password: Self.password, by: session)
        XCTAssertEqual(try database.workers().count, workers.count + 1)
        let actors = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT actorCode FROM auditEntry WHERE action = 'accountCreated' AND detail = 'demo centre'")
        }
        XCTAssertEqual(actors, [admin.code])
        // A second time: the centre has staff now.
        try assertRefused(database, field: "Demo data") {
            try database.populateDemoCentre(password: Self.password, by: session)
        }
    }

    func testDemoCentreNeedsAnAdministratorsSession() throws {
        let database = try loadedDatabase()
        let admin = try database.createAdministrator(name: "系统管理员", password: Self.password)
        let adminSession = try database.authenticate(workerCode: admin.code, password: Self.password)
        let hr = try database.addWorker(name: "刘芳", role: .adminHR, by: adminSession)
        try database.setPassword(workerCode: hr.code, newPassword: Self.password, by: adminSession)
        let hrSession = try database.authenticate(workerCode: hr.code, password: Self.password)
        // 行政人事部 manages the directory but not accounts: denied, logged, nothing else written.
        let workersBefore = try database.workers()
        XCTAssertThrowsError(try database.populateDemoCentre(password: Self.password, by: hrSession)) { error in
            XCTAssertEqual((error as? AccessDenied)?.action, .manageAccounts, "\(error)")
        }
        XCTAssertEqual(try database.workers(), workersBefore)
        XCTAssertTrue(try database.servicePoints().isEmpty)
        let denied = try database.auditEntries(filter: AuditFilter(actorCode: hr.code, action: .accessDenied),
                                               as: serviceDepartmentSession(database, adminSession))
        XCTAssertEqual(denied.count, 1)
    }

    func testDemoCentreRefusesAWeakPassword_andAPasswordHoldingAWorkersCode() throws {
        let database = try loadedDatabase()
        try assertRefused(database, field: "Demo password") { try database.populateDemoCentre(password: "short") }
        // 曾嘉豪's code is ZJH: a password containing it is refused for that account, so for the whole centre.
        try assertRefused(database, field: "Demo password") { try database.populateDemoCentre(password: "zjh-demo-2026") }
    }

    func testDemoCentreRefusedWhenWorkersExist() throws {
        let database = try loadedDatabase()
        try database.addWorker(name: "王明", role: .frontline)
        try assertRefused(database, field: "Demo data") { try database.populateDemoCentre(password: Self.password) }
    }

    func testDemoCentreNeedsReferenceData() throws {
        let database = try AppDatabase.empty()
        try assertRefused(database, field: "Town") { try database.populateDemoCentre(password: Self.password) }
    }

    /// A 服务部 session to read the audit log with (the administrator may not read it).
    private func serviceDepartmentSession(_ database: AppDatabase, _ admin: Session) throws -> Session {
        let reader = try database.addWorker(name: "梁嘉欣", role: .serviceDepartment, by: admin)
        try database.setPassword(workerCode: reader.code, newPassword: Self.password, by: admin)
        return try database.authenticate(workerCode: reader.code, password: Self.password)
    }
}
