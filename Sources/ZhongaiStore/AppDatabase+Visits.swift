import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Records one visit (探访; CONS-02) as a protected record held by `draft.holderCode` (the worker who records it
    /// by default) with its own archive code of nature V for the visit's day (ARC-01). Needs `create` for the holder
    /// and `view` on the client; logged. A record written after the visit's day is kept and flagged (INTAKE-04).
    @discardableResult
    public func recordVisit(_ draft: VisitDraft, as session: Session, at now: Date = Date()) throws -> Visit {
        let today = CalendarDate.today(now: now)
        let valid = try draft.validated(today: today)
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let client = try AppDatabase.requireVisibleClient(db, id: valid.clientID, context: context)
            let holder = try AppDatabase.requireWorker(db, code: valid.holderCode ?? context.actor.workerCode,
                                                       field: N_("Holder"))
            try context.authorize(.create, nil, ownership: RecordOwnership(holderCode: holder.code,
                                                                          servicePointID: holder.servicePointID))
            let code = try AppDatabase.issueArchiveCodeAtServicePoint(db, holder: holder, nature: .visit,
                                                                      date: valid.date, actor: context, at: now)
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .visit, holderCode: holder.code,
                                                              servicePointID: holder.servicePointID, at: now)
            try db.execute(sql: """
                INSERT INTO visit (id, code, clientID, visitDate, durationMinutes, place, purpose, content, recordedBy,
                                   recordedAt, recordedOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ref.id, code.description, client.id, valid.date.description, valid.durationMinutes,
                                 valid.place, valid.purpose, valid.content, context.actor.workerCode,
                                 AuditTimestamp.format(now), today.description])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                                        detail: "\(code), client \(client.id), held by \(holder.code)")
            // Just inserted.
            return try AppDatabase.fetchVisit(db, id: ref.id)!
        }
    }

    /// One visit in full (`view`, logged; refused alike when unknown or out of scope).
    public func visit(id: String, as session: Session, at now: Date = Date()) throws -> Visit {
        let ref = ProtectedRecordRef(kind: .visit, id: id)
        return try accessTransaction(session, action: .view, record: ref, at: now) { db, context in
            try context.authorize(db, .view, ref)
            guard let visit = try AppDatabase.fetchVisit(db, id: id) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .view, record: ref,
                                   reason: .noSuchRecord)
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref)
            return visit
        }
    }

    /// The visits the session may view, of one client or all, in time order (CONS-02: filed per quarter in time
    /// order), without their content; logged once as a `list`.
    public func visits(clientID: String? = nil, as session: Session, at now: Date = Date()) throws -> [VisitSummary] {
        try visitList(clientID: clientID, as: session, at: now).map(\.summary)
    }

    /// As `visits`, each with the client's name and the place masked: the 探访 list across clients. Access is
    /// applied in SQL; logged once as a `list`.
    public func visitList(clientID: String? = nil, as session: Session, at now: Date = Date()) throws
        -> [VisitListEntry] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let visible = context.recordCondition(.view)
            var sql = AppDatabase.visitListSelect + " WHERE \(visible.sql)"
            var arguments = visible.arguments
            if let clientID {
                sql += " AND visit.clientID = ?"
                arguments += [clientID.trimmingCharacters(in: .whitespaces)]
            }
            sql += " ORDER BY visit.visitDate, visit.code"
            let policy = try Policy(entries: AppDatabase.fetchPolicyEntries(db))
            let found = try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let visit = try AppDatabase.visit(row, policy: policy)
                return VisitListEntry(summary: visit.summary, clientName: SensitiveField.name.mask(row["clientName"]),
                                      place: SensitiveField.address.mask(visit.place))
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "visit" + (clientID.map { " of client \($0)" } ?? "")
                                            + ": \(found.count) shown")
            return found
        }
    }

    private static let visitSelect = """
        SELECT visit.*, protectedRecord.holderCode, protectedRecord.servicePointID
        FROM visit JOIN protectedRecord ON protectedRecord.id = visit.id
        """

    private static let visitListSelect = """
        SELECT visit.*, protectedRecord.holderCode, protectedRecord.servicePointID, client.name AS clientName
        FROM visit JOIN protectedRecord ON protectedRecord.id = visit.id JOIN client ON client.id = visit.clientID
        """

    static func fetchVisit(_ db: Database, id: String) throws -> Visit? {
        let policy = try Policy(entries: fetchPolicyEntries(db))
        return try Row.fetchOne(db, sql: visitSelect + " WHERE visit.id = ?", arguments: [id])
            .map { try visit($0, policy: policy) }
    }

    private static func visit(_ row: Row, policy: Policy) throws -> Visit {
        let date = try CalendarDate(parsing: row["visitDate"])
        return Visit(id: row["id"], code: row["code"], clientID: row["clientID"], date: date,
                     durationMinutes: row["durationMinutes"], place: row["place"], purpose: row["purpose"],
                     content: row["content"], holderCode: row["holderCode"], servicePointID: row["servicePointID"],
                     recordedBy: row["recordedBy"],
                     recordedAt: AuditTimestamp.parse(row["recordedAt"]) ?? Date(timeIntervalSince1970: 0),
                     recordedLate: SameDayRecording.isLate(contactOn: date,
                                                           recordedOn: try CalendarDate(parsing: row["recordedOn"]),
                                                           policy: policy))
    }
}
