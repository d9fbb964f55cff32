import Foundation
import GRDB
import ZhongaiDomain

/// A row of `account`, read for sign-in: the hash and the lock state.
struct AccountRow {
    var workerCode: String
    var passwordHash: String
    var mustChangePassword: Bool
    var lock: AccountLockState
    var lastLoginAt: Date?

    init(_ row: Row) {
        workerCode = row["workerCode"]
        passwordHash = row["passwordHash"]
        mustChangePassword = row["mustChangePassword"]
        lock = AccountLockState(failedAttempts: row["failedAttempts"],
                                firstFailureAt: (row["firstFailureAt"] as String?).flatMap(AuditTimestamp.parse),
                                lockedUntil: (row["lockedUntil"] as String?).flatMap(AuditTimestamp.parse))
        lastLoginAt = (row["lastLoginAt"] as String?).flatMap(AuditTimestamp.parse)
    }

    static func fetch(_ db: Database, code: String) throws -> AccountRow? {
        try Row.fetchOne(db, sql: "SELECT * FROM account WHERE workerCode = ?", arguments: [code]).map(AccountRow.init)
    }

    /// Writes the lock state back.
    static func saveLock(_ db: Database, code: String, _ lock: AccountLockState) throws {
        try db.execute(sql: """
            UPDATE account SET failedAttempts = ?, firstFailureAt = ?, lockedUntil = ? WHERE workerCode = ?
            """, arguments: [lock.failedAttempts, lock.firstFailureAt.map(AuditTimestamp.format),
                             lock.lockedUntil.map(AuditTimestamp.format), code])
    }
}

extension AppDatabase {
    /// Whether the centre has an active system administrator with an account: when not, the program asks for the
    /// first one (`createAdministrator`).
    public func hasAdministrator() throws -> Bool {
        try writer.read { db in try AppDatabase.countWorkingAdministrators(db) > 0 }
    }

    /// First run: creates a worker with the role 系统管理员 and the worker's account, in one transaction, logged.
    /// Refused when an active administrator with an account already exists, and for a password that
    /// `PasswordRules` refuses.
    @discardableResult
    public func createAdministrator(name: String, password: String, at now: Date = Date()) throws -> Worker {
        let trimmed = try AppDatabase.requireText(name, field: N_("Full name"))
        try PasswordRules.validate(password, workerCode: "", workerName: trimmed, field: N_("Password"))
        let hash = try Crypto.hashPassword(password)
        return try writer.write { db in
            guard try AppDatabase.countWorkingAdministrators(db) == 0 else {
                throw ValidationError(field: N_("Administrator"),
                                      N_("the centre already has a system administrator: ask them for an account"),
                                      rule: "ROLE-01")
            }
            let worker = try AppDatabase.insertWorker(db, name: trimmed, role: .administrator, supervisorCode: nil,
                                                      servicePointID: nil, postType: nil, phone: nil)
            try PasswordRules.validate(password, workerCode: worker.code, workerName: worker.name,
                                       field: N_("Password"))
            try AppDatabase.insertAccount(db, code: worker.code, hash: hash, mustChange: false, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: worker.code, action: .accountCreated,
                                        record: ProtectedRecordRef(kind: .worker, id: worker.code),
                                        detail: "first system administrator")
            return worker
        }
    }

    /// Signs a worker in and returns the session, or throws `AuthenticationFailure`; every attempt is logged.
    ///
    /// Order of the checks: no account → locked (an expired lock no longer counts) → deactivated → password.
    /// A wrong password counts a failure: policy `account.max_failed_logins` failures within
    /// `account.lock_minutes` lock the account for `account.lock_minutes`. A success clears the count. A hash made
    /// with older limits is renewed. The code is matched without regard to case.
    public func authenticate(workerCode: String, password: String, at now: Date = Date()) throws -> Session {
        let code = workerCode.trimmingCharacters(in: .whitespaces).uppercased()
        let (worker, account) = try writer.read { db in
            (try WorkerRecord.fetchOne(db, key: code)?.worker, try AccountRow.fetch(db, code: code))
        }
        guard let worker, let account else {
            // As long as a real check, so that timing does not tell which codes have accounts.
            _ = Crypto.verifyPassword(password, hash: AppDatabase.dummyHash)
            return try refuseSignIn(.noAccount(workerCode: code), code: code, detail: "no account", at: now)
        }
        if let end = account.lock.lockEnd(at: now) {
            return try refuseSignIn(.locked(until: end), code: code,
                                    detail: "locked until \(AuditTimestamp.format(end))", at: now)
        }
        guard worker.isActive else {
            return try refuseSignIn(.deactivated(workerCode: code), code: code, detail: "worker deactivated", at: now)
        }
        // The slow check runs outside the write transaction.
        let matches = Crypto.verifyPassword(password, hash: account.passwordHash)
        let renewed = matches && Crypto.passwordNeedsRehash(account.passwordHash) ? try Crypto.hashPassword(password) : nil
        let outcome: Result<Session, AuthenticationFailure> = try writer.write { db in
            guard var current = try AccountRow.fetch(db, code: code) else {
                try AppDatabase.appendAudit(db, at: now, actor: code, action: .loginFailed, detail: "no account")
                return .failure(.noAccount(workerCode: code))
            }
            if let end = current.lock.lockEnd(at: now) {
                try AppDatabase.appendAudit(db, at: now, actor: code, action: .loginFailed,
                                            detail: "locked until \(AuditTimestamp.format(end))")
                return .failure(.locked(until: end))
            }
            // A password changed in the meantime makes the check void.
            if matches, current.passwordHash == account.passwordHash {
                current.lock.clear()
                try AccountRow.saveLock(db, code: code, current.lock)
                try db.execute(sql: "UPDATE account SET lastLoginAt = ?, passwordHash = ? WHERE workerCode = ?",
                               arguments: [AuditTimestamp.format(now), renewed ?? current.passwordHash, code])
                try AppDatabase.appendAudit(db, at: now, actor: code, action: .login,
                                            detail: renewed == nil ? "" : "password hash renewed")
                let fresh = try AppDatabase.requireWorker(db, code: code, field: N_("Worker")).worker
                return .success(AppDatabase.issueSession(for: fresh, startedAt: now,
                                                         mustChangePassword: current.mustChangePassword))
            }
            let failure = try AppDatabase.countFailure(db, account: &current, at: now, detail: "wrong password")
            return .failure(failure)
        }
        return try outcome.get()
    }

    /// Changes a password.
    ///
    /// - A worker's own change (`workerCode` is the session's) needs `oldPassword`; a wrong one counts as a failed
    ///   sign-in (and may lock the account). Returns a new session, no longer bound to change the password.
    /// - Anyone else's: a reset by a worker with `manageAccounts` (系统管理员), which creates the account if the
    ///   worker has none yet; the worker must choose a new password at the next sign-in. Returns `session`.
    ///
    /// Logged either way. Refuses a password `PasswordRules` refuses, and a worker who is unknown or inactive.
    @discardableResult
    public func setPassword(workerCode: String, newPassword: String, oldPassword: String? = nil, by session: Session,
                            at now: Date = Date()) throws -> Session {
        let code = workerCode.trimmingCharacters(in: .whitespaces).uppercased()
        let isOwn = code == session.workerCode
        let (target, account) = try writer.read { db in
            (try WorkerRecord.fetchOne(db, key: code)?.worker, try AccountRow.fetch(db, code: code))
        }
        guard let target else {
            throw ValidationError(field: N_("Worker"), N_("there is no worker with the code “%@”"), code)
        }
        guard target.isActive else {
            throw ValidationError(field: N_("Worker"), N_("%@ (%@) is no longer active"), target.code, target.name)
        }
        try PasswordRules.validate(newPassword, workerCode: target.code, workerName: target.name)
        var oldMatches = false
        if isOwn {
            guard let oldPassword, !oldPassword.isEmpty else {
                throw ValidationError(field: N_("Current password"), N_("is needed to change your own password"))
            }
            oldMatches = account.map { Crypto.verifyPassword(oldPassword, hash: $0.passwordHash) } ?? false
        }
        let newHash = try Crypto.hashPassword(newPassword)
        let subject = ProtectedRecordRef(kind: .worker, id: code)
        let outcome: Result<Session, AuthenticationFailure> =
            try accessTransaction(session, action: .manageAccounts, record: nil, at: now) { db, context in
                if isOwn {
                    guard var current = try AccountRow.fetch(db, code: code) else {
                        return .failure(.noAccount(workerCode: code))
                    }
                    guard oldMatches, current.passwordHash == account?.passwordHash else {
                        return .failure(try AppDatabase.countFailure(db, account: &current, at: now,
                                                                     detail: "wrong current password on a password change"))
                    }
                    try AppDatabase.storePassword(db, code: code, hash: newHash, mustChange: false, at: now)
                    try AppDatabase.appendAudit(db, at: now, actor: code, action: .passwordChanged, record: subject)
                    let fresh = try AppDatabase.requireWorker(db, code: code, field: N_("Worker")).worker
                    return .success(AppDatabase.issueSession(for: fresh, startedAt: session.startedAt))
                }
                try context.authorize(db, .manageAccounts)
                if try AccountRow.fetch(db, code: code) == nil {
                    try AppDatabase.insertAccount(db, code: code, hash: newHash, mustChange: true, at: now)
                    try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .accountCreated,
                                                record: subject)
                } else {
                    try AppDatabase.storePassword(db, code: code, hash: newHash, mustChange: true, at: now)
                    try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .passwordReset,
                                                record: subject)
                }
                return .success(session)
            }
        return try outcome.get()
    }

    /// Logs the end of a session: signed out, or closed by the idle lock (`IdleLock`).
    public func endSession(_ session: Session, _ end: SessionEnd, at now: Date = Date()) throws {
        try auditedWrite(actor: session.workerCode, at: now) { db in
            guard Crypto.sealsEqual(Crypto.seal(session.sealedText), session.seal) else {
                throw AccessDenied(workerCode: session.workerCode, action: .view, record: nil, reason: .invalidSession)
            }
            try AppDatabase.appendAudit(db, at: now, actor: session.workerCode,
                                        action: end == .signedOut ? .logout : .idleLock,
                                        detail: "session of \(AuditTimestamp.format(session.startedAt))")
        }
    }

    /// Every worker with the state of their account, for the administrator (`manageAccounts`). Never a hash.
    public func accounts(as session: Session, at now: Date = Date()) throws -> [AccountSummary] {
        try accessTransaction(session, action: .manageAccounts, at: now) { db, context in
            try context.authorize(db, .manageAccounts)
            let rows = try Row.fetchAll(db, sql: """
                SELECT worker.code, worker.name, worker.role, worker.isActive, account.workerCode AS accountCode,
                       account.mustChangePassword, account.lockedUntil, account.lastLoginAt
                FROM worker LEFT JOIN account ON account.workerCode = worker.code ORDER BY worker.code
                """)
            return rows.map { row in
                let lockedUntil = (row["lockedUntil"] as String?).flatMap(AuditTimestamp.parse)
                return AccountSummary(workerCode: row["code"], workerName: row["name"],
                                      role: Role(rawValue: row["role"]) ?? .frontline, isActive: row["isActive"],
                                      hasAccount: (row["accountCode"] as String?) != nil,
                                      lockedUntil: lockedUntil.flatMap { $0 > now ? $0 : nil },
                                      mustChangePassword: (row["mustChangePassword"] as Bool?) ?? false,
                                      lastLoginAt: (row["lastLoginAt"] as String?).flatMap(AuditTimestamp.parse))
            }
        }
    }

    // MARK: Helpers

    /// A hash to check against when there is no account, so that the refusal takes as long as a real one.
    private static let dummyHash: String = (try? Crypto.hashPassword("zhongai: no such account")) ?? ""

    /// Logs a refused sign-in and throws its failure.
    private func refuseSignIn(_ failure: AuthenticationFailure, code: String, detail: String, at now: Date) throws -> Session {
        try writer.write { db in
            _ = try AppDatabase.appendAudit(db, at: now, actor: code, action: .loginFailed, detail: detail)
        }
        throw failure
    }

    /// Counts a failed password check on `account`, saves the lock state, logs it, and returns the failure.
    private static func countFailure(_ db: Database, account: inout AccountRow, at now: Date, detail: String) throws
        -> AuthenticationFailure {
        let policy = try Policy(entries: fetchPolicyEntries(db))
        let remaining = account.lock.recordFailure(at: now, maxFailures: policy.accountMaxFailedLogins,
                                                   lockMinutes: policy.accountLockMinutes)
        try AccountRow.saveLock(db, code: account.workerCode, account.lock)
        if remaining == 0, let until = account.lock.lockedUntil {
            try appendAudit(db, at: now, actor: account.workerCode, action: .loginFailed,
                            detail: "\(detail); locked until \(AuditTimestamp.format(until))")
            return .locked(until: until)
        }
        try appendAudit(db, at: now, actor: account.workerCode, action: .loginFailed,
                        detail: "\(detail); \(remaining) attempts left")
        return .wrongPassword(remainingAttempts: remaining)
    }

    /// A new account with the hash of its password (never the password); used by `setPassword`,
    /// `createAdministrator` and the demo centre.
    static func insertAccount(_ db: Database, code: String, hash: String, mustChange: Bool, at now: Date) throws {
        let time = AuditTimestamp.format(now)
        try db.execute(sql: """
            INSERT INTO account (workerCode, passwordHash, mustChangePassword, passwordChangedAt, createdAt)
            VALUES (?, ?, ?, ?, ?)
            """, arguments: [code, hash, mustChange, time, time])
    }

    /// A new password: the lock and the failure count go with the old one.
    private static func storePassword(_ db: Database, code: String, hash: String, mustChange: Bool, at now: Date) throws {
        try db.execute(sql: """
            UPDATE account SET passwordHash = ?, mustChangePassword = ?, passwordChangedAt = ?, failedAttempts = 0,
                               firstFailureAt = NULL, lockedUntil = NULL
            WHERE workerCode = ?
            """, arguments: [hash, mustChange, AuditTimestamp.format(now), code])
    }

    /// Active system administrators who can sign in.
    static func countWorkingAdministrators(_ db: Database, excluding code: String? = nil) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM worker JOIN account ON account.workerCode = worker.code
            WHERE worker.role = 'administrator' AND worker.isActive AND worker.code IS NOT ?
            """, arguments: [code]) ?? 0
    }
}
