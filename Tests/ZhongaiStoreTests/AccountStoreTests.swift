import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class AccountStoreTests: AccessTestCase {
    private func minutes(_ m: Double) -> Date { now.addingTimeInterval(m * 60) }

    private func storedHash(_ code: String) throws -> String? {
        try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT passwordHash FROM account WHERE workerCode = ?", arguments: [code])
        }
    }

    func testFirstRunCreatesTheAdministrator_hashIsArgon2idNeverThePassword() throws {
        let fresh = try loadedDatabase()
        XCTAssertFalse(try fresh.hasAdministrator())
        let password = "Zhongai-2026-初始"
        let started = Date()
        let admin = try fresh.createAdministrator(name: "何思敏", password: password, at: now)
        print("createAdministrator (one Argon2id INTERACTIVE hash) took \(Date().timeIntervalSince(started)) s")
        XCTAssertEqual(admin.role, .administrator)
        XCTAssertTrue(try fresh.hasAdministrator())
        let hash = try XCTUnwrap(fresh.writer.read { db in
            try String.fetchOne(db, sql: "SELECT passwordHash FROM account WHERE workerCode = ?", arguments: [admin.code])
        })
        XCTAssertTrue(hash.hasPrefix("$argon2id$"), hash)
        XCTAssertFalse(try dump(fresh).joined().contains(password), "the password is stored nowhere")
        let session = try fresh.authenticate(workerCode: admin.code, password: password, at: minutes(1))
        XCTAssertEqual(session.role, .administrator)
        try assertRefused(fresh, field: "Administrator", rule: "ROLE-01") {
            try fresh.createAdministrator(name: "刘芳", password: "another password 1", at: now)
        }
        let other = try loadedDatabase()
        try assertRefused(other, field: "Password") { try other.createAdministrator(name: "刘芳", password: "short") }
        let log = try fresh.writer.read { db in try Row.fetchAll(db, sql: "SELECT actorCode, action FROM auditEntry") }
        XCTAssertTrue(log.contains { $0["action"] == "accountCreated" && $0["actorCode"] == admin.code })
        XCTAssertTrue(log.contains { $0["action"] == "login" })
    }

    func testAuthenticateReturnsASessionAndLogsIt() throws {
        let session = try database.authenticate(workerCode: " wm ", password: Self.password, at: now)
        XCTAssertEqual(session.workerCode, frA.code)
        XCTAssertEqual(session.role, .frontline)
        XCTAssertEqual(session.servicePointID, pointOne)
        XCTAssertEqual(session.startedAt, now)
        XCTAssertFalse(session.mustChangePassword)
        let last = try XCTUnwrap(lastAudit())
        XCTAssertEqual(last.action, .login)
        XCTAssertEqual(last.actorCode, frA.code)
        XCTAssertEqual(last.at, "2026-03-02T01:00:00.000Z")
        XCTAssertEqual(last.host, AppDatabase.hostName)
        try database.endSession(session, .signedOut, at: minutes(5))
        XCTAssertEqual(try lastAudit()?.action, .logout)
        try database.endSession(session, .idleLocked, at: minutes(20))
        XCTAssertEqual(try lastAudit()?.action, .idleLock)
    }

    func testLockoutAfterMaxFailedLogins_andUnlockAfterTheLockPeriod() throws {
        let policy = try database.policy()
        XCTAssertEqual(policy.accountMaxFailedLogins, 6)
        XCTAssertEqual(policy.accountLockMinutes, 30)
        for attempt in 1...5 {
            XCTAssertThrowsError(try database.authenticate(workerCode: frA.code, password: "wrong password",
                                                           at: minutes(Double(attempt)))) { error in
                XCTAssertEqual(error as? AuthenticationFailure, .wrongPassword(remainingAttempts: 6 - attempt))
            }
        }
        XCTAssertThrowsError(try database.authenticate(workerCode: frA.code, password: "wrong password", at: minutes(6))) {
            XCTAssertEqual($0 as? AuthenticationFailure, .locked(until: minutes(36)))
        }
        // Locked: even the right password is refused, and not checked.
        XCTAssertThrowsError(try database.authenticate(workerCode: frA.code, password: Self.password, at: minutes(20))) {
            XCTAssertEqual($0 as? AuthenticationFailure, .locked(until: minutes(36)))
        }
        // The lock has run out.
        let session = try database.authenticate(workerCode: frA.code, password: Self.password, at: minutes(36))
        XCTAssertEqual(session.workerCode, frA.code)
        let failures = try auditRows().filter { $0.action == .loginFailed && $0.actorCode == frA.code }
        XCTAssertEqual(failures.count, 7)
        XCTAssertTrue(failures[5].detail.contains("locked until 2026-03-02T01:36:00.000Z"), failures[5].detail)
        // A success clears the count.
        XCTAssertThrowsError(try database.authenticate(workerCode: frA.code, password: "wrong", at: minutes(37))) {
            XCTAssertEqual($0 as? AuthenticationFailure, .wrongPassword(remainingAttempts: 5))
        }
    }

    func testLockoutFollowsThePolicyTable() throws {
        try database.setPolicyValue(key: "account.max_failed_logins", value: "2", by: session(admin), at: now)
        try database.setPolicyValue(key: "account.lock_minutes", value: "5", by: session(admin), at: now)
        XCTAssertThrowsError(try database.authenticate(workerCode: frA.code, password: "wrong 1", at: minutes(1)))
        XCTAssertThrowsError(try database.authenticate(workerCode: frA.code, password: "wrong 2", at: minutes(2))) {
            XCTAssertEqual($0 as? AuthenticationFailure, .locked(until: minutes(7)))
        }
        XCTAssertNoThrow(try database.authenticate(workerCode: frA.code, password: Self.password, at: minutes(7)))
    }

    func testRefusedSignIns_noAccount_deactivated() throws {
        XCTAssertThrowsError(try database.authenticate(workerCode: "NOBODY", password: "whatever 1", at: now)) {
            XCTAssertEqual($0 as? AuthenticationFailure, .noAccount(workerCode: "NOBODY"))
        }
        XCTAssertEqual(try lastAudit()?.actorCode, "NOBODY", "the attempted code is logged")
        XCTAssertEqual(try lastAudit()?.action, .loginFailed)
        let newcomer = try database.addWorker(name: "罗振宇", role: .frontline)
        XCTAssertThrowsError(try database.authenticate(workerCode: newcomer.code, password: "whatever 1", at: now)) {
            XCTAssertEqual($0 as? AuthenticationFailure, .noAccount(workerCode: newcomer.code))
        }
        try database.deactivateWorker(code: frA2.code, at: now)
        XCTAssertThrowsError(try database.authenticate(workerCode: frA2.code, password: Self.password, at: now)) {
            XCTAssertEqual($0 as? AuthenticationFailure, .deactivated(workerCode: frA2.code))
        }
        XCTAssertEqual(try lastAudit()?.detail, "worker deactivated")
    }

    func testOwnPasswordChangeNeedsTheCurrentPassword() throws {
        let mine = try database.authenticate(workerCode: frA.code, password: Self.password, at: now)
        try assertRefused(database, field: "Current password") {
            try database.setPassword(workerCode: frA.code, newPassword: "new secret 22", by: mine, at: now)
        }
        XCTAssertThrowsError(try database.setPassword(workerCode: frA.code, newPassword: "new secret 22",
                                                      oldPassword: "not it at all", by: mine, at: now)) {
            XCTAssertEqual($0 as? AuthenticationFailure, .wrongPassword(remainingAttempts: 5),
                           "a wrong current password counts as a failed sign-in")
        }
        try assertRefused(database, field: "New password") {
            try database.setPassword(workerCode: frA.code, newPassword: "short", oldPassword: Self.password, by: mine)
        }
        let renewed = try database.setPassword(workerCode: frA.code, newPassword: "new secret 22",
                                               oldPassword: Self.password, by: mine, at: minutes(1))
        XCTAssertFalse(renewed.mustChangePassword)
        XCTAssertEqual(try lastAudit()?.action, .passwordChanged)
        XCTAssertThrowsError(try database.authenticate(workerCode: frA.code, password: Self.password, at: minutes(2)))
        XCTAssertNoThrow(try database.authenticate(workerCode: frA.code, password: "new secret 22", at: minutes(3)))
        let hash = try XCTUnwrap(storedHash(frA.code))
        XCTAssertTrue(hash.hasPrefix("$argon2id$"))
        XCTAssertFalse(hash.contains("new secret 22"))
    }

    func testResetByAnAdministratorIsLogged_andMustBeChanged() throws {
        let newcomer = try database.addWorker(name: "罗振宇", role: .frontline, supervisorCode: assA.code,
                                              servicePointID: pointOne)
        // No account yet: the reset creates it.
        try database.setPassword(workerCode: newcomer.code, newPassword: "first password 1", by: session(admin), at: now)
        XCTAssertEqual(try lastAudit()?.action, .accountCreated)
        XCTAssertEqual(try lastAudit()?.actorCode, admin.code)
        XCTAssertEqual(try lastAudit()?.record, ProtectedRecordRef(kind: .worker, id: newcomer.code))
        let first = try database.authenticate(workerCode: newcomer.code, password: "first password 1", at: now)
        XCTAssertTrue(first.mustChangePassword)
        // A reset also lifts a lock.
        for m in 1...6 { _ = try? database.authenticate(workerCode: frA.code, password: "wrong", at: minutes(Double(m))) }
        try database.setPassword(workerCode: frA.code, newPassword: "reset password 1", by: session(admin), at: minutes(7))
        XCTAssertEqual(try lastAudit()?.action, .passwordReset)
        let after = try database.authenticate(workerCode: frA.code, password: "reset password 1", at: minutes(8))
        XCTAssertTrue(after.mustChangePassword)
        // Only an administrator resets someone else's password; the attempt is logged.
        try assertDenied(.actionNotGranted) {
            try database.setPassword(workerCode: frA2.code, newPassword: "taken over 123", by: session(supA), at: now)
        }
        try assertDenied(.actionNotGranted) {
            _ = try database.accounts(as: session(frA), at: now)
        }
        let accounts = try database.accounts(as: session(admin), at: minutes(8))
        XCTAssertEqual(accounts.first { $0.workerCode == newcomer.code }?.mustChangePassword, true)
        XCTAssertEqual(accounts.first { $0.workerCode == frA.code }?.lockedUntil, nil)
    }

    func testAForgedSessionIsRefused() throws {
        let forged = Session(workerCode: admin.code, role: .administrator, servicePointID: nil, startedAt: now,
                             seal: "0000")
        try assertDenied(.invalidSession) {
            try database.setPassword(workerCode: frA.code, newPassword: "taken over 123", by: forged, at: now)
        }
        let real = session(frA)
        let promoted = Session(workerCode: real.workerCode, role: .chair, servicePointID: real.servicePointID,
                               startedAt: real.startedAt, seal: real.seal)
        try assertDenied(.invalidSession) { _ = try database.auditEntries(as: promoted, at: now) }
    }

    func testIdleLockReadsThePolicy() throws {
        let lock = IdleLock(policy: try database.policy())
        XCTAssertEqual(lock.idleMinutes, 15)
        XCTAssertTrue(lock.isLocked(lastActivity: now, now: minutes(15)))
        XCTAssertFalse(lock.isLocked(lastActivity: now, now: minutes(14)))
        try database.setPolicyValue(key: "account.idle_lock_minutes", value: "5", by: session(admin), at: now)
        XCTAssertTrue(IdleLock(policy: try database.policy()).isLocked(lastActivity: now, now: minutes(5)))
    }
}
