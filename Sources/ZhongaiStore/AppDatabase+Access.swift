import Foundation
import GRDB
import ZhongaiDomain

/// The access policy applied inside one transaction: the worker who acts as the database knows them now (current
/// role and service point: a change takes effect at once), the permission table and the supervision chain.
struct AccessContext {
    let session: Session
    let actor: AccessActor
    let policy: AccessPolicy

    /// The scope that allows `action` on `record`, or `AccessDenied`. A record action needs a record; an id that
    /// does not exist (or is of another kind) is denied like a record outside the scopes.
    @discardableResult
    func authorize(_ db: Database, _ action: AccessAction, _ record: ProtectedRecordRef? = nil) throws -> AccessScope {
        let ownership = try record.flatMap { try AppDatabase.ownership(db, of: $0) }
        return try authorize(action, record, ownership: ownership)
    }

    /// As above, for an ownership already known (a record being created).
    @discardableResult
    func authorize(_ action: AccessAction, _ record: ProtectedRecordRef?, ownership: RecordOwnership?) throws
        -> AccessScope {
        switch policy.decide(action, on: ownership, by: actor) {
        case .allowed(let scope): return scope
        case .denied(let reason):
            throw AccessDenied(workerCode: actor.workerCode, action: action, record: record, reason: reason)
        }
    }

    /// Whether `action` is allowed on a record owned as `ownership`; for filtering lists (nothing is logged per row).
    func allows(_ action: AccessAction, on ownership: RecordOwnership) -> Bool {
        policy.decide(action, on: ownership, by: actor).isAllowed
    }
}

extension AppDatabase {
    // MARK: Sessions

    /// A session for `worker`, sealed with this process's key.
    static func issueSession(for worker: Worker, startedAt: Date, mustChangePassword: Bool = false) -> Session {
        let unsealed = Session(workerCode: worker.code, role: worker.role, servicePointID: worker.servicePointID,
                               startedAt: startedAt, mustChangePassword: mustChangePassword, seal: "")
        return Session(workerCode: worker.code, role: worker.role, servicePointID: worker.servicePointID,
                       startedAt: startedAt, mustChangePassword: mustChangePassword,
                       seal: Crypto.seal(unsealed.sealedText))
    }

    /// The access context of `session`, or `AccessDenied` for `action` when the session was not issued by this
    /// process or its worker is no longer active.
    static func accessContext(_ db: Database, session: Session, action: AccessAction,
                              record: ProtectedRecordRef? = nil) throws -> AccessContext {
        guard Crypto.sealsEqual(Crypto.seal(session.sealedText), session.seal) else {
            throw AccessDenied(workerCode: session.workerCode, action: action, record: record, reason: .invalidSession)
        }
        // One cached read per transaction while nothing the policy reads has changed (issue 9); any change
        // moves the generation, so it is in force at the next transaction, made here or by another process.
        let generation = try fetchAccessGeneration(db)
        let policy = try accessPolicyCache.policy(at: generation) {
            AccessPolicy(permissions: try fetchPermissionTable(db), chain: try fetchSupervisionChain(db))
        }
        guard let actor = try accessPolicyCache.actor(session.workerCode, at: generation, loading: {
            try fetchActiveActor(db, workerCode: session.workerCode)
        }) else {
            throw AccessDenied(workerCode: session.workerCode, action: action, record: record, reason: .inactiveWorker)
        }
        return AccessContext(session: session, actor: actor, policy: policy)
    }

    /// The generation row that `v20-access-generation`'s triggers move on every change to what the policy reads.
    static func fetchAccessGeneration(_ db: Database) throws -> AccessPolicyCache.Generation {
        let statement = try db.cachedStatement(sql: "SELECT generation, stamp FROM accessGeneration WHERE id = 1")
        guard let row = try Row.fetchOne(statement) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the access generation row is missing")
        }
        return AccessPolicyCache.Generation(number: row[0], stamp: row[1])
    }

    /// The worker as the policy sees them, or nil when they are not active or have no account: only an active
    /// worker with an account acts (ROLE-01).
    static func fetchActiveActor(_ db: Database, workerCode: String) throws -> AccessActor? {
        let statement = try db.cachedStatement(sql: """
            SELECT w.role, w.servicePointID FROM worker w JOIN account a ON a.workerCode = w.code
            WHERE w.code = ? AND w.isActive
            """)
        guard let row = try Row.fetchOne(statement, arguments: [workerCode]) else { return nil }
        // The CHECK constraint on `role` admits only Role's raw values (as `WorkerRecord.worker` reads it).
        return AccessActor(workerCode: workerCode, role: Role(rawValue: row[0] as String) ?? .frontline,
                           servicePointID: row[1])
    }

    // MARK: Transactions that log refusals

    /// Refusals of these rules are access matters (who may hold, supervise or administer what): when a signed-in
    /// worker's change is refused by one of them, the attempt is logged as `changeRefused`. Other bad input (a
    /// malformed phone number, a minor's consent signed personally) is refused without a log row.
    static let rulesLoggedWhenRefused: Set<String> = ["ROLE-01", "CASE-02", "CONF-03"]

    /// One write transaction whose refusals on access matters are logged: when `body` throws `AccessDenied`, or a
    /// `ValidationError` of `rulesLoggedWhenRefused` while `actor` is a signed-in worker, whatever it changed is
    /// rolled back, the refused attempt is appended to the audit log and committed, and the error is thrown. Any
    /// other error rolls back everything, as usual.
    func auditedWrite<T>(actor: String?, at now: Date, _ body: (Database) throws -> T) throws -> T {
        let result: Result<T, any Error> = try writer.write { db in
            var value: T?
            do {
                try db.inSavepoint {
                    value = try body(db)
                    return .commit
                }
                // `inSavepoint` returned normally, so `body` returned a value.
                return .success(value!)
            } catch let denied as AccessDenied {
                try AppDatabase.appendAudit(db, at: now, actor: denied.workerCode, action: .accessDenied,
                                            record: denied.record,
                                            detail: "\(denied.action.rawValue): \(denied.reason.rawValue)")
                return .failure(denied)
            } catch let refusal as ValidationError {
                guard let actor, let rule = refusal.rule, AppDatabase.rulesLoggedWhenRefused.contains(rule) else {
                    throw refusal
                }
                try AppDatabase.appendAudit(db, at: now, actor: actor, action: .changeRefused,
                                            detail: refusal.description)
                return .failure(refusal)
            }
        }
        return try result.get()
    }

    /// `auditedWrite` with the access context of `session`; a session that is not valid is refused for `action`.
    func accessTransaction<T>(_ session: Session, action: AccessAction, record: ProtectedRecordRef? = nil,
                              at now: Date, _ body: (Database, AccessContext) throws -> T) throws -> T {
        try auditedWrite(actor: session.workerCode, at: now) { db in
            let context = try AppDatabase.accessContext(db, session: session, action: action, record: record)
            return try body(db, context)
        }
    }

    /// For the directory and reference-data changes that predate accounts: with a session, the change is checked
    /// against the permission table (`action`) and logged under the worker's code; without one (first run, data
    /// loading, tests) it is logged under `AuditEntry.systemActor`. The interface and the CLI pass the session.
    func actorTransaction<T>(_ session: Session?, action: AccessAction, at now: Date,
                             _ body: (Database, AccessContext?) throws -> T) throws -> T {
        try auditedWrite(actor: session?.workerCode, at: now) { db in
            guard let session else { return try body(db, nil) }
            let context = try AppDatabase.accessContext(db, session: session, action: action)
            try context.authorize(db, action)
            return try body(db, context)
        }
    }

    // MARK: Ownership of protected records

    /// Registers a new protected record held by `holderCode` (an active worker) at the holder's service point,
    /// unless another is given. Clients and case files of later issues register here too.
    static func registerProtectedRecord(_ db: Database, kind: ProtectedRecordKind, holderCode: String,
                                        servicePointID: Int64?, at now: Date) throws -> ProtectedRecordRef {
        let ref = ProtectedRecordRef(kind: kind, id: Crypto.newRecordID())
        try db.execute(sql: """
            INSERT INTO protectedRecord (id, kind, holderCode, servicePointID, createdAt) VALUES (?, ?, ?, ?, ?)
            """, arguments: [ref.id, kind.rawValue, holderCode, servicePointID, AuditTimestamp.format(now)])
        return ref
    }

    /// The holder and service point of `record`, or nil when no record of that kind has that id.
    static func ownership(_ db: Database, of record: ProtectedRecordRef) throws -> RecordOwnership? {
        let statement = try db.cachedStatement(sql: """
            SELECT holderCode, servicePointID FROM protectedRecord WHERE id = ? AND kind = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [record.id, record.kind.rawValue]) else { return nil }
        return RecordOwnership(holderCode: row["holderCode"], servicePointID: row["servicePointID"])
    }

    /// Checks `action` on any protected record and logs it: for the exports and prints built elsewhere (a case
    /// file's PDF, a CSV). Throws `AccessDenied` (logged) when the policy refuses.
    public func recordAccess(_ action: AccessAction, to record: ProtectedRecordRef, as session: Session,
                             detail: String = "", at now: Date = Date()) throws {
        guard let logged = AuditAction(recordAction: action) else {
            throw ValidationError(field: N_("Action"), N_("“%@” is not an action on a record"), action.title)
        }
        try accessTransaction(session, action: action, record: record, at: now) { db, context in
            try context.authorize(db, action, record)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: logged,
                                        record: record, detail: detail)
        }
    }

    /// The actions `session` may take on `record`, for the interface to hide what it may not do. Nothing is
    /// returned of the record and nothing is logged; an unknown id gives the empty set.
    public func permittedActions(on record: ProtectedRecordRef, as session: Session) throws -> Set<AccessAction> {
        try writer.read { db in
            guard let context = try? AppDatabase.accessContext(db, session: session, action: .view),
                  let ownership = try AppDatabase.ownership(db, of: record) else { return [] }
            return Set(AccessAction.allCases.filter { $0.isRecordAction && context.allows($0, on: ownership) })
        }
    }

    /// Whether `session` may do `action` at all, for the interface: a centre-wide action (`viewAudit`,
    /// `manageAccounts`…) as the policy decides it; a record action (`create`, `view`…) when the role holds it in
    /// some scope — which records it then reaches is decided record by record.
    public func mayDo(_ action: AccessAction, as session: Session) throws -> Bool {
        try writer.read { db in
            guard let context = try? AppDatabase.accessContext(db, session: session, action: action) else { return false }
            if action.isRecordAction { return !context.policy.permissions.scopes(context.actor.role, action).isEmpty }
            return context.policy.decide(action, on: nil, by: context.actor).isAllowed
        }
    }

    // MARK: The permission table

    /// The permission table in force (ROLE-01).
    public func permissionTable() throws -> PermissionTable {
        try writer.read { db in try AppDatabase.fetchPermissionTable(db) }
    }

    /// Grants or revokes one permission. Needs `manageAccounts`; logged. Refuses a row that cannot make sense
    /// (`Permission.validate`) and revoking the administrator's `manageAccounts`, which would leave nobody able to
    /// manage accounts. A change that changes nothing is not logged.
    public func setPermission(_ permission: Permission, granted: Bool, by session: Session, at now: Date = Date())
        throws {
        try actorTransaction(session, action: .manageAccounts, at: now) { db, context in
            if granted { try permission.validate() }
            if !granted, permission == Permission(role: .administrator, action: .manageAccounts, scope: .all) {
                throw ValidationError(field: N_("Permission"),
                                      N_("the system administrator keeps “%@”, or nobody could manage accounts"),
                                      AccessAction.manageAccounts.title, rule: "ROLE-01")
            }
            let arguments: StatementArguments = [permission.role.rawValue, permission.action.rawValue,
                                                 permission.scope.rawValue]
            if granted {
                try db.execute(sql: "INSERT INTO permission (role, action, scope) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                               arguments: arguments)
            } else {
                try db.execute(sql: "DELETE FROM permission WHERE role = ? AND action = ? AND scope = ?",
                               arguments: arguments)
            }
            guard db.changesCount > 0 else { return }
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor,
                                        action: granted ? .permissionGranted : .permissionRevoked,
                                        detail: permission.description)
        }
    }

    static func fetchPermissionTable(_ db: Database) throws -> PermissionTable {
        let rows = try Row.fetchAll(db, sql: "SELECT role, action, scope FROM permission")
        return PermissionTable(rows.compactMap { row -> Permission? in
            // Rows a newer program wrote with values this one does not know are left out.
            guard let role = Role(rawValue: row["role"]), let action = AccessAction(rawValue: row["action"]),
                  let scope = AccessScope(rawValue: row["scope"]) else { return nil }
            return Permission(role: role, action: action, scope: scope)
        })
    }

    static func fetchSupervisionChain(_ db: Database) throws -> SupervisionChain {
        var map: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT code, supervisorCode FROM worker WHERE supervisorCode IS NOT NULL") {
            map[row["code"]] = row["supervisorCode"]
        }
        return SupervisionChain(supervisorOf: map)
    }
}

extension AuditAction {
    /// The audit action that records an allowed action on a record; nil for a centre-wide action, which has
    /// audit actions of its own.
    init?(recordAction action: AccessAction) {
        switch action {
        case .view: self = .view
        case .create: self = .create
        case .edit: self = .edit
        case .export: self = .export
        case .print: self = .print
        case .approve: self = .approve
        case .manageAccounts, .manageDirectory, .manageReferenceData, .viewAudit: return nil
        }
    }
}
