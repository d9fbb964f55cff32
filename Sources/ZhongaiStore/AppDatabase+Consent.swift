import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Records a consent (CASE-04, CONF-01) as a protected record held by `draft.holderCode` (the worker who
    /// records it by default), at the holder's service point. Needs `create` on that ownership; logged.
    ///
    /// Refuses what `ConsentDraft.validated` refuses (a minor or a client without capacity signing personally, a
    /// consent covering nothing, a date in the future…), and a holder who is unknown or inactive.
    @discardableResult
    public func recordConsent(_ draft: ConsentDraft, as session: Session, at now: Date = Date()) throws -> Consent {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let holder = try AppDatabase.requireWorker(db, code: valid.holderCode ?? context.actor.workerCode,
                                                       field: N_("Holder")).worker
            guard holder.isActive else {
                throw ValidationError(field: N_("Holder"), N_("%@ (%@) is no longer active"), holder.code, holder.name)
            }
            let ownership = RecordOwnership(holderCode: holder.code, servicePointID: holder.servicePointID)
            try context.authorize(.create, nil, ownership: ownership)
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .consent, holderCode: holder.code,
                                                              servicePointID: holder.servicePointID, at: now)
            var guardianName: String?
            var guardianRelationship: String?
            if case .guardian(let name, let relationship) = valid.giver {
                guardianName = name
                guardianRelationship = relationship
            }
            try db.execute(sql: """
                INSERT INTO consent (id, clientID, clientName, clientBirthDate, clientLacksCapacity, clientPhone,
                                     clientIDNumber, clientAddress, givenBy, guardianName, guardianRelationship,
                                     givenOn, receivingService, recordedAs, documentReference, note, recordedBy,
                                     recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ref.id, valid.clientID, valid.clientName, valid.clientBirthDate?.description,
                                 valid.clientLacksCapacity, valid.clientPhone, valid.clientIDNumber,
                                 valid.clientAddress, guardianName == nil ? "client" : "guardian", guardianName,
                                 guardianRelationship, valid.givenOn.description, valid.scope.receivingService,
                                 valid.recordedAs.rawValue, valid.documentReference, valid.note,
                                 context.actor.workerCode, AuditTimestamp.format(now)])
            for agency in valid.scope.sharingAgencies {
                try db.execute(sql: "INSERT INTO consentSharedAgency (consentID, agency) VALUES (?, ?)",
                               arguments: [ref.id, agency])
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                                        detail: "client \(valid.clientID), held by \(holder.code)")
            // Just inserted.
            return try AppDatabase.fetchConsent(db, id: ref.id)!
        }
    }

    /// One consent in full, sensitive fields included: `view` (the default), or `export` / `print` when the
    /// interface is about to write or print it. Checked by the access policy and logged; an id outside the
    /// session's scopes, or one that does not exist, is refused alike (`AccessDenied`, logged).
    public func consent(id: String, as session: Session, for action: AccessAction = .view, at now: Date = Date())
        throws -> Consent {
        guard action == .view || action == .export || action == .print, let logged = AuditAction(recordAction: action)
        else {
            throw ValidationError(field: N_("Action"), N_("a consent is read to view, export or print it, not to %@"),
                                  action.title)
        }
        let ref = ProtectedRecordRef(kind: .consent, id: id)
        return try accessTransaction(session, action: action, record: ref, at: now) { db, context in
            try context.authorize(db, action, ref)
            guard let consent = try AppDatabase.fetchConsent(db, id: id) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: action, record: ref,
                                   reason: .noSuchRecord)
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: logged, record: ref)
            return consent
        }
    }

    /// The consents the session may view, of one client or all, newest first, with sensitive fields masked. The
    /// others leave no trace. The look is logged as one `list` row; a role that may view no record at all is
    /// refused (`AccessDenied`, logged).
    public func consents(clientID: String? = nil, as session: Session, at now: Date = Date()) throws -> [ConsentSummary] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            if context.policy.permissions.scopes(context.actor.role, .view).isEmpty {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .view, record: nil,
                                   reason: .actionNotGranted)
            }
            let visible = try AppDatabase.fetchConsents(db, clientID: clientID)
                .filter { context.allows(.view, on: $0.ownership) }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "consent" + (clientID.map { " of client \($0)" } ?? "")
                                            + ": \(visible.count) shown")
            return visible.map(\.summary)
        }
    }

    /// Records the withdrawal of a consent (`edit`): from `date` on it covers nothing. Logged. Refuses a consent
    /// already withdrawn, a date before the consent or in the future, and an empty reason.
    @discardableResult
    public func withdrawConsent(id: String, on date: CalendarDate, reason: String, as session: Session,
                                at now: Date = Date()) throws -> Consent {
        let trimmed = try AppDatabase.requireText(reason, field: N_("Reason"))
        guard date <= CalendarDate.today(now: now) else {
            throw ValidationError(field: N_("Withdrawal date"), N_("%@ is in the future"), date.description)
        }
        let ref = ProtectedRecordRef(kind: .consent, id: id)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            try context.authorize(db, .edit, ref)
            guard let consent = try AppDatabase.fetchConsent(db, id: id) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .edit, record: ref, reason: .noSuchRecord)
            }
            if let withdrawal = consent.withdrawal {
                throw ValidationError(field: N_("Consent"), N_("was already withdrawn on %@"),
                                      withdrawal.on.description, rule: "CASE-04")
            }
            guard date >= consent.givenOn else {
                throw ValidationError(field: N_("Withdrawal date"), N_("%@ is before the consent was given (%@)"),
                                      date.description, consent.givenOn.description)
            }
            try db.execute(sql: """
                UPDATE consent SET withdrawnOn = ?, withdrawalReason = ?, withdrawalRecordedBy = ? WHERE id = ?
                """, arguments: [date.description, trimmed, context.actor.workerCode, id])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .withdrawConsent,
                                        record: ref, detail: "withdrawn on \(date)")
            // Exists: read above.
            return try AppDatabase.fetchConsent(db, id: id)!
        }
    }

    /// Whether a consent of the client covers `purpose` on `date` (CASE-04: no service before consent; CONF-01: no
    /// sharing without it). False when there is none, or after its withdrawal. The session must be allowed to view
    /// every consent of the client; the check is logged.
    public func consentCovers(clientID: String, purpose: ConsentPurpose, on date: CalendarDate, as session: Session,
                              at now: Date = Date()) throws -> Bool {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let consents = try AppDatabase.fetchConsents(db, clientID: clientID)
            for consent in consents {
                try context.authorize(.view, consent.ref, ownership: consent.ownership)
            }
            let covers = consents.contains { $0.covers(purpose, on: date) }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .checkConsent,
                                        detail: "client \(clientID), \(purpose), \(date): \(covers ? "covered" : "not covered")")
            return covers
        }
    }

    /// Inside a transaction that has already applied the access policy (the case-file issue's): whether the
    /// client's consents cover `purpose` on `date`. Not logged by itself.
    static func consentCovers(_ db: Database, clientID: String, purpose: ConsentPurpose, on date: CalendarDate) throws
        -> Bool {
        try fetchConsents(db, clientID: clientID).contains { $0.covers(purpose, on: date) }
    }

    // MARK: Reading rows

    private static let consentSelect = """
        SELECT consent.*, protectedRecord.holderCode, protectedRecord.servicePointID
        FROM consent JOIN protectedRecord ON protectedRecord.id = consent.id
        """

    static func fetchConsent(_ db: Database, id: String) throws -> Consent? {
        guard let row = try Row.fetchOne(db, sql: consentSelect + " WHERE consent.id = ?", arguments: [id]) else {
            return nil
        }
        return try consent(db, row)
    }

    static func fetchConsents(_ db: Database, clientID: String?) throws -> [Consent] {
        var sql = consentSelect
        var arguments: StatementArguments = []
        if let clientID {
            sql += " WHERE consent.clientID = ?"
            arguments += [clientID.trimmingCharacters(in: .whitespaces)]
        }
        sql += " ORDER BY consent.givenOn DESC, consent.recordedAt DESC, consent.id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { try consent(db, $0) }
    }

    private static func consent(_ db: Database, _ row: Row) throws -> Consent {
        let id: String = row["id"]
        let agencies = try String.fetchAll(db, sql: """
            SELECT agency FROM consentSharedAgency WHERE consentID = ? ORDER BY rowid
            """, arguments: [id])
        let giver: ConsentGiver = (row["givenBy"] as String) == "guardian"
            ? .guardian(name: row["guardianName"] ?? "", relationship: row["guardianRelationship"] ?? "")
            : .client
        var withdrawal: ConsentWithdrawal?
        if let on: String = row["withdrawnOn"] {
            withdrawal = ConsentWithdrawal(on: try CalendarDate(parsing: on), reason: row["withdrawalReason"] ?? "",
                                           recordedBy: row["withdrawalRecordedBy"] ?? "")
        }
        return Consent(id: id, clientID: row["clientID"], clientName: row["clientName"],
                       clientBirthDate: try (row["clientBirthDate"] as String?).map { try CalendarDate(parsing: $0) },
                       clientLacksCapacity: row["clientLacksCapacity"], clientPhone: row["clientPhone"],
                       clientIDNumber: row["clientIDNumber"], clientAddress: row["clientAddress"], giver: giver,
                       givenOn: try CalendarDate(parsing: row["givenOn"]),
                       scope: ConsentScope(receivingService: row["receivingService"], sharingAgencies: agencies),
                       recordedAs: ConsentRecordingMethod(rawValue: row["recordedAs"]) ?? .written,
                       documentReference: row["documentReference"], note: row["note"],
                       holderCode: row["holderCode"], servicePointID: row["servicePointID"],
                       recordedBy: row["recordedBy"], withdrawal: withdrawal)
    }
}

extension AppDatabase {
    /// The columns marked as sensitive in the schema, and how each is masked.
    public func sensitiveColumns() throws -> [SensitiveColumn] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT tableName, columnName, field FROM sensitiveColumn ORDER BY tableName, columnName")
                .compactMap { row in
                    SensitiveField(rawValue: row["field"]).map {
                        SensitiveColumn(table: row["tableName"], column: row["columnName"], field: $0)
                    }
                }
        }
    }
}
