import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Opens a consultation (咨询/即时辅导; CONS-01) with its first contact: a protected record held by
    /// `draft.holderCode` (the worker who records it by default), with an archive code of nature I issued for the
    /// first contact's day at the holder's service point (ARC-01). Needs `create` for the holder and `view` on the
    /// client; logged. A record written after the contact's day is kept and flagged (INTAKE-04).
    @discardableResult
    public func openConsultation(_ draft: ConsultationDraft, as session: Session, at now: Date = Date()) throws
        -> Consultation {
        let today = CalendarDate.today(now: now)
        let valid = try draft.validated(today: today)
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let client = try AppDatabase.requireVisibleClient(db, id: valid.clientID, context: context)
            let holder = try AppDatabase.requireWorker(db, code: valid.holderCode ?? context.actor.workerCode,
                                                       field: N_("Holder"))
            try context.authorize(.create, nil, ownership: RecordOwnership(holderCode: holder.code,
                                                                          servicePointID: holder.servicePointID))
            let code = try AppDatabase.issueArchiveCodeAtServicePoint(db, holder: holder, nature: .consultation,
                                                                      date: valid.firstContact.date, actor: context,
                                                                      at: now)
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .consultation, holderCode: holder.code,
                                                              servicePointID: holder.servicePointID, at: now)
            try db.execute(sql: """
                INSERT INTO consultation (id, code, clientID, topic, openedOn, openedBy, openedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ref.id, code.description, client.id, valid.topic,
                                 valid.firstContact.date.description, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.insertContact(db, consultationID: ref.id, number: 1, valid.firstContact,
                                          by: context.actor.workerCode, today: today, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                                        detail: "\(code), client \(client.id), held by \(holder.code)")
            // Just inserted.
            return try AppDatabase.fetchConsultation(db, id: ref.id)!
        }
    }

    /// Records the next contact of a consultation (`edit`); logged. Refuses a date in the future or before the
    /// previous contact. Rule CONS-01: a contact beyond the policy's maximum is recorded and makes the consultation
    /// a case candidate from that day (logged as such).
    @discardableResult
    public func addConsultationContact(consultationID: String, _ contact: ConsultationContactDraft,
                                       as session: Session, at now: Date = Date()) throws -> Consultation {
        let today = CalendarDate.today(now: now)
        let valid = try contact.validated(today: today)
        let ref = ProtectedRecordRef(kind: .consultation, id: consultationID)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            try context.authorize(db, .edit, ref)
            guard let consultation = try AppDatabase.fetchConsultation(db, id: consultationID) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .edit, record: ref,
                                   reason: .noSuchRecord)
            }
            try consultation.requireInOrder(valid)
            let number = consultation.contacts.count + 1
            try AppDatabase.insertContact(db, consultationID: consultationID, number: number, valid,
                                          by: context.actor.workerCode, today: today, at: now)
            var detail = "contact \(number)"
            // Rule CONS-01
            let policy = try Policy(entries: AppDatabase.fetchPolicyEntries(db))
            if !consultation.isCaseCandidate, Consultation.exceedsMaximum(number, policy: policy) {
                try db.execute(sql: "UPDATE consultation SET caseCandidateOn = ? WHERE id = ?",
                               arguments: [valid.date.description, consultationID])
                detail += ": more than \(policy.consultationMaxContacts) contacts, now a case candidate [CONS-01]"
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: detail)
            // Exists: read above.
            return try AppDatabase.fetchConsultation(db, id: consultationID)!
        }
    }

    /// One consultation in full, contacts included (`view`, logged; refused alike when unknown or out of scope).
    public func consultation(id: String, as session: Session, at now: Date = Date()) throws -> Consultation {
        let ref = ProtectedRecordRef(kind: .consultation, id: id)
        return try accessTransaction(session, action: .view, record: ref, at: now) { db, context in
            try context.authorize(db, .view, ref)
            guard let consultation = try AppDatabase.fetchConsultation(db, id: id) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .view, record: ref,
                                   reason: .noSuchRecord)
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref)
            return consultation
        }
    }

    /// The consultations the session may view, of one client or all, newest first, without their content;
    /// logged once as a `list`.
    public func consultations(clientID: String? = nil, as session: Session, at now: Date = Date()) throws
        -> [ConsultationSummary] {
        try consultationList(clientID: clientID, as: session, at: now).map(\.summary)
    }

    /// As `consultations`, each with the client's name masked: the 咨询 list across clients. Access is applied in
    /// SQL; logged once as a `list`.
    public func consultationList(clientID: String? = nil, as session: Session, at now: Date = Date()) throws
        -> [ConsultationListEntry] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let visible = context.recordCondition(.view)
            var sql = AppDatabase.consultationListSelect + " WHERE \(visible.sql)"
            var arguments = visible.arguments
            if let clientID {
                sql += " AND consultation.clientID = ?"
                arguments += [clientID.trimmingCharacters(in: .whitespaces)]
            }
            sql += " ORDER BY consultation.openedOn DESC, consultation.code DESC"
            let found = try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                ConsultationListEntry(summary: try AppDatabase.consultation(db, row).summary,
                                      clientName: SensitiveField.name.mask(row["clientName"]))
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "consultation" + (clientID.map { " of client \($0)" } ?? "")
                                            + ": \(found.count) shown")
            return found
        }
    }

    // MARK: Rows

    private static func insertContact(_ db: Database, consultationID: String, number: Int,
                                      _ contact: ConsultationContactDraft, by worker: String, today: CalendarDate,
                                      at now: Date) throws {
        try db.execute(sql: """
            INSERT INTO consultationContact (consultationID, number, contactDate, durationMinutes, method, content,
                                             recordedBy, recordedAt, recordedOn)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [consultationID, number, contact.date.description, contact.durationMinutes,
                             contact.method.rawValue, contact.content, worker, AuditTimestamp.format(now),
                             today.description])
    }

    private static let consultationSelect = """
        SELECT consultation.*, protectedRecord.holderCode, protectedRecord.servicePointID
        FROM consultation JOIN protectedRecord ON protectedRecord.id = consultation.id
        """

    private static let consultationListSelect = """
        SELECT consultation.*, protectedRecord.holderCode, protectedRecord.servicePointID, client.name AS clientName
        FROM consultation JOIN protectedRecord ON protectedRecord.id = consultation.id
        JOIN client ON client.id = consultation.clientID
        """

    static func fetchConsultation(_ db: Database, id: String) throws -> Consultation? {
        try Row.fetchOne(db, sql: consultationSelect + " WHERE consultation.id = ?", arguments: [id])
            .map { try consultation(db, $0) }
    }

    private static func consultation(_ db: Database, _ row: Row) throws -> Consultation {
        let id: String = row["id"]
        let policy = try Policy(entries: fetchPolicyEntries(db))
        let contacts = try Row.fetchAll(db, sql: """
            SELECT * FROM consultationContact WHERE consultationID = ? ORDER BY number
            """, arguments: [id]).map { contact in
            let date = try CalendarDate(parsing: contact["contactDate"])
            return ConsultationContact(number: contact["number"], date: date,
                                       durationMinutes: contact["durationMinutes"],
                                       method: ConsultationMethod(rawValue: contact["method"]) ?? .interview,
                                       content: contact["content"], recordedBy: contact["recordedBy"],
                                       recordedAt: AuditTimestamp.parse(contact["recordedAt"]) ?? Date(timeIntervalSince1970: 0),
                                       recordedLate: SameDayRecording.isLate(
                                           contactOn: date, recordedOn: try CalendarDate(parsing: contact["recordedOn"]),
                                           policy: policy))
        }
        return Consultation(id: id, code: row["code"], clientID: row["clientID"], topic: row["topic"],
                            openedOn: try CalendarDate(parsing: row["openedOn"]), contacts: contacts,
                            caseCandidateOn: try (row["caseCandidateOn"] as String?).map { try CalendarDate(parsing: $0) },
                            holderCode: row["holderCode"], servicePointID: row["servicePointID"])
    }
}
