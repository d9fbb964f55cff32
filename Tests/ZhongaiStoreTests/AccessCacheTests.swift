import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The access policy kept between transactions (issue 9): every change to what it reads — a role, a deactivation,
/// the permission table, the supervision chain — is in force at the very next transaction, whether it was made
/// through the same database, through a second one opened on the same file, or by another program's plain SQL.
final class AccessCacheTests: AccessTestCase {
    private var path: String!

    /// The centre of `AccessTestCase` in a file, so that other connections can change it.
    override func loadedDatabase() throws -> AppDatabase {
        path = try temporaryDatabasePath()
        let database = try AppDatabase.open(path: path)
        try database.loadReferenceData(from: Self.dataDirectory)
        return database
    }

    /// Another `AppDatabase` on the same file: another process, in effect.
    private func secondDatabase() throws -> AppDatabase {
        try AppDatabase.open(path: path)
    }

    private func generation() throws -> AccessPolicyCache.Generation {
        try database.writer.read { try AppDatabase.fetchAccessGeneration($0) }
    }

    /// Warms the cache at the present generation: the next checks would use it if nothing moved it.
    private func warm(_ worker: Worker) throws {
        _ = try database.mayDo(.viewAudit, as: session(worker))
        _ = try? database.auditEntries(as: session(worker), at: now)
    }

    // MARK: Role

    func testROLE01_aRoleChangeThroughASecondDatabaseIsInForceAtTheNextTransaction() throws {
        try assertRoleChange(through: try secondDatabase())
    }

    func testROLE01_aRoleChangeThroughTheSameDatabaseIsInForceAtTheNextTransaction() throws {
        try assertRoleChange(through: database)
    }

    private func assertRoleChange(through changer: AppDatabase, line: UInt = #line) throws {
        let frontline = session(frA)
        try warm(frA)
        try assertDenied(.actionNotGranted, line: line) { _ = try database.auditEntries(as: frontline, at: now) }
        let before = try generation()
        var promoted = frA!
        promoted.role = .serviceDepartment
        promoted.supervisorCode = nil
        try changer.updateWorker(promoted, by: session(admin), at: now)
        XCTAssertGreaterThan(try generation().number, before.number, line: line)
        XCTAssertTrue(try database.mayDo(.viewAudit, as: frontline), line: line)
        XCTAssertNoThrow(try database.auditEntries(as: frontline, at: now), line: line)
    }

    // MARK: Deactivation

    func testROLE01_aDeactivationThroughASecondDatabaseIsInForceAtTheNextTransaction() throws {
        try assertDeactivation(through: try secondDatabase())
    }

    func testROLE01_aDeactivationThroughTheSameDatabaseIsInForceAtTheNextTransaction() throws {
        try assertDeactivation(through: database)
    }

    private func assertDeactivation(through changer: AppDatabase, line: UInt = #line) throws {
        let reader = session(sd2)
        try warm(sd2)
        XCTAssertNoThrow(try database.auditEntries(as: reader, at: now), line: line)
        let before = try generation()
        try changer.deactivateWorker(code: sd2.code, by: session(admin), at: now)
        XCTAssertGreaterThan(try generation().number, before.number, line: line)
        XCTAssertFalse(try database.mayDo(.viewAudit, as: reader), line: line)
        try assertDenied(.inactiveWorker, line: line) { _ = try database.auditEntries(as: reader, at: now) }
    }

    // MARK: Permission table

    func testROLE01_aPermissionChangeThroughASecondDatabaseIsInForceAtTheNextTransaction() throws {
        try assertPermissionChange(through: try secondDatabase())
    }

    func testROLE01_aPermissionChangeThroughTheSameDatabaseIsInForceAtTheNextTransaction() throws {
        try assertPermissionChange(through: database)
    }

    private func assertPermissionChange(through changer: AppDatabase, line: UInt = #line) throws {
        let hrSession = session(hr)
        let grant = Permission(role: .adminHR, action: .viewAudit, scope: .all)
        try warm(hr)
        XCTAssertFalse(try database.mayDo(.viewAudit, as: hrSession), line: line)
        var last = try generation()
        try changer.setPermission(grant, granted: true, by: session(admin), at: now)
        XCTAssertGreaterThan(try generation().number, last.number, line: line)
        XCTAssertNoThrow(try database.auditEntries(as: hrSession, at: now), line: line)
        last = try generation()
        try changer.setPermission(grant, granted: false, by: session(admin), at: now)
        XCTAssertGreaterThan(try generation().number, last.number, line: line)
        try assertDenied(.actionNotGranted, line: line) { _ = try database.auditEntries(as: hrSession, at: now) }
    }

    // MARK: Supervision chain

    func testCONF02_aSupervisionChainChangeThroughASecondDatabaseIsInForceAtTheNextTransaction() throws {
        try assertChainChange(through: try secondDatabase())
    }

    func testCONF02_aSupervisionChainChangeThroughTheSameDatabaseIsInForceAtTheNextTransaction() throws {
        try assertChainChange(through: database)
    }

    /// 谢颖 (chain B) moves under 曾嘉豪 (chain A): his consent comes into 曾嘉豪's `supervised` scope and leaves 单丽娟's.
    private func assertChainChange(through changer: AppDatabase, line: UInt = #line) throws {
        let id = try plantConsent(holder: frB1)
        try warm(assA)
        try assertDenied(.outsideScope, line: line) { _ = try database.consent(id: id, as: session(assA), at: now) }
        XCTAssertEqual(try database.consent(id: id, as: session(assB), at: now).id, id, line: line)
        let before = try generation()
        var moved = frB1!
        moved.supervisorCode = assA.code
        try changer.updateWorker(moved, by: session(admin), at: now)
        XCTAssertGreaterThan(try generation().number, before.number, line: line)
        XCTAssertEqual(try database.consent(id: id, as: session(assA), at: now).id, id, line: line)
        try assertDenied(.outsideScope, line: line) { _ = try database.consent(id: id, as: session(assB), at: now) }
    }

    // MARK: The generation

    /// A program that writes the file with plain SQL (an older tool, sqlite3) moves the generation too: the
    /// triggers are in the file.
    func testROLE01_plainSQLByAnotherConnectionIsInForceAtTheNextTransaction() throws {
        let reader = session(sd)
        try warm(sd)
        XCTAssertTrue(try database.mayDo(.viewAudit, as: reader))
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: "UPDATE worker SET role = 'frontline' WHERE code = ?", arguments: [sd.code])
        }
        try other.close()
        XCTAssertFalse(try database.mayDo(.viewAudit, as: reader))
        try assertDenied(.actionNotGranted) { _ = try database.auditEntries(as: reader, at: now) }
    }

    func testROLE01_theGenerationMovesOnEveryKindOfChange() throws {
        let changes: [(String, String)] = [
            ("worker insert", """
                INSERT INTO worker (code, name, role, isActive) VALUES ('ZZTEST', '测试', 'frontline', 1)
                """),
            ("account insert", """
                INSERT INTO account (workerCode, passwordHash, passwordChangedAt, createdAt)
                VALUES ('ZZTEST', '$argon2id$x', '2026-03-02T01:00:00.000Z', '2026-03-02T01:00:00.000Z')
                """),
            ("account update", "UPDATE account SET failedAttempts = 1 WHERE workerCode = 'ZZTEST'"),
            ("worker update", "UPDATE worker SET isActive = 0 WHERE code = 'ZZTEST'"),
            ("permission insert", "INSERT INTO permission (role, action, scope) VALUES ('frontline', 'viewAudit', 'all')"),
            ("permission update", """
                UPDATE permission SET role = 'traineeSupervisor' WHERE role = 'frontline' AND action = 'viewAudit'
                """),
            ("permission delete", "DELETE FROM permission WHERE role = 'traineeSupervisor' AND action = 'viewAudit'"),
        ]
        for (name, sql) in changes {
            let before = try generation()
            try database.writer.write { try $0.execute(sql: sql) }
            let after = try generation()
            XCTAssertEqual(after.number, before.number + 1, name)
            XCTAssertNotEqual(after.stamp, before.stamp, name)
        }
        let before = try generation()
        _ = try database.writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM worker") }
        try database.writer.write { try $0.execute(sql: "UPDATE policy SET value = value WHERE 0") }
        XCTAssertEqual(try generation(), before, "reads and other tables leave it alone")
    }

    /// A change rolled back gives its number back, and another change may then take that number: the policy
    /// decoded inside the rolled-back transaction must not be used for it (the stamp tells them apart).
    func testROLE01_aRolledBackChangeLeavesNoStalePolicy() throws {
        let frontline = session(frA)
        struct Rollback: Error {}
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE worker SET role = 'serviceDepartment' WHERE code = ?", arguments: [frA.code])
            let context = try AppDatabase.accessContext(db, session: frontline, action: .viewAudit)
            XCTAssertEqual(context.actor.role, .serviceDepartment)
            throw Rollback()
        })
        XCTAssertFalse(try database.mayDo(.viewAudit, as: frontline))
        try secondDatabase().writer.write { db in
            try db.execute(sql: "UPDATE worker SET phone = '13800000000' WHERE code = ?", arguments: [frA.code])
        }
        XCTAssertFalse(try database.mayDo(.viewAudit, as: frontline))
        try assertDenied(.actionNotGranted) { _ = try database.auditEntries(as: frontline, at: now) }
    }
}
