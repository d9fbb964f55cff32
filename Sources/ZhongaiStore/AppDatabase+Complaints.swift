import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule CMP-01: records an opinion or complaint with its source and channel, held by its handler (the worker who
    /// records it unless another active worker is named). Any signed-in worker records one: feedback reaches the
    /// centre through every worker (FB-01, 意见收集及投诉处理制度 第七条). A charge to a client is recorded as a complaint
    /// and flagged (CMP-03). Logged.
    @discardableResult
    public func recordComplaint(_ draft: ComplaintDraft, as session: Session, at now: Date = Date()) throws -> Complaint {
        let today = CalendarDate.today(now: now)
        let valid = try draft.validated(today: today)
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let handler = try AppDatabase.requireWorker(db, code: valid.handlerCode ?? context.actor.workerCode,
                                                        field: N_("Handler"))
            guard handler.isActive else {
                throw ValidationError(field: N_("Handler"), N_("%@ is no longer active"), handler.code, rule: "CMP-01")
            }
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .complaint, holderCode: handler.code,
                                                              servicePointID: handler.servicePointID, at: now)
            // The checks of `validated` guarantee both.
            let source = valid.source!, channel = valid.channel!
            try db.execute(sql: """
                INSERT INTO complaint (id, kind, source, channel, receivedOn, complainantName, complainantContact,
                                       content, about, isCharge, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ref.id, valid.kind.rawValue, source.rawValue, channel.rawValue,
                                 valid.receivedOn.description, valid.complainantName, valid.complainantContact,
                                 valid.content, valid.about, valid.isCharge, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                                        detail: "\(valid.kind.rawValue) from \(source.rawValue) by \(channel.rawValue), "
                                            + "handled by \(handler.code)" + (valid.isCharge ? ": a charge [CMP-03]" : ""))
            // Just inserted.
            return try AppDatabase.fetchComplaint(db, id: ref.id)!
        }
    }

    /// Rule CMP-02: records the result returned to the complainant, once, not dated before the complaint; a reply
    /// after `complaint.reply_days` is kept and shown late. With `close`, the record is closed the same day.
    /// Needs `edit` on the record (its handler, their supervisors, the complaints desk). Logged.
    @discardableResult
    public func replyToComplaint(id: String, result: String, on day: CalendarDate? = nil, close: Bool = false,
                                 as session: Session, at now: Date = Date()) throws -> Complaint {
        let today = CalendarDate.today(now: now)
        let repliedOn = day ?? today
        return try complaintEdit(id: id, as: session, at: now) { db, context, complaint in
            let text = try complaint.validateReply(result: result, on: repliedOn, today: today)
            try db.execute(sql: """
                UPDATE complaint SET replyResult = ?, repliedOn = ?, repliedBy = ?, repliedAt = ? WHERE id = ?
                """, arguments: [text, repliedOn.description, context.actor.workerCode, AuditTimestamp.format(now), id])
            var detail = "replied on \(repliedOn)" + (repliedOn > complaint.replyDueOn
                ? ", after \(complaint.replyDueOn) [CMP-02]" : "")
            if close {
                try db.execute(sql: "UPDATE complaint SET closedOn = ?, closedBy = ? WHERE id = ?",
                               arguments: [repliedOn.description, context.actor.workerCode, id])
                detail += "; closed"
            }
            return detail
        }
    }

    /// A dated follow-up note on an open record (append-only); with `close`, the record is closed that day, which
    /// needs its reply (CMP-02). Needs `edit`. Logged.
    @discardableResult
    public func addComplaintFollowUp(id: String, note: String, on day: CalendarDate? = nil, close: Bool = false,
                                     as session: Session, at now: Date = Date()) throws -> Complaint {
        let today = CalendarDate.today(now: now)
        let notedOn = day ?? today
        return try complaintEdit(id: id, as: session, at: now) { db, context, complaint in
            let text = try complaint.validateFollowUp(note: note, on: notedOn, today: today)
            if close { try complaint.validateClosing(on: notedOn) }
            let number = complaint.followUps.count + 1
            try db.execute(sql: """
                INSERT INTO complaintFollowUp (complaintID, number, notedOn, note, notedBy, notedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, number, notedOn.description, text, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            if close {
                try db.execute(sql: "UPDATE complaint SET closedOn = ?, closedBy = ? WHERE id = ?",
                               arguments: [notedOn.description, context.actor.workerCode, id])
            }
            return "follow-up \(number) on \(notedOn)" + (close ? "; closed" : "")
        }
    }

    /// Closes a replied record (CMP-02), once. Needs `edit`. Logged.
    @discardableResult
    public func closeComplaint(id: String, on day: CalendarDate? = nil, as session: Session, at now: Date = Date())
        throws -> Complaint {
        let closedOn = day ?? CalendarDate.today(now: now)
        return try complaintEdit(id: id, as: session, at: now) { db, context, complaint in
            try complaint.validateClosing(on: closedOn)
            guard closedOn <= CalendarDate.today(now: now) else {
                throw ValidationError(field: N_("Close"), N_("%@ is in the future"), closedOn.description)
            }
            try db.execute(sql: "UPDATE complaint SET closedOn = ?, closedBy = ? WHERE id = ?",
                           arguments: [closedOn.description, context.actor.workerCode, id])
            return "closed on \(closedOn)"
        }
    }

    /// One opinion or complaint in full, names and content included (`view`, logged; refused alike when unknown or
    /// out of reach).
    public func complaint(id: String, as session: Session, at now: Date = Date()) throws -> Complaint {
        let ref = ProtectedRecordRef(kind: .complaint, id: id)
        return try accessTransaction(session, action: .view, record: ref, at: now) { db, context in
            let complaint = try AppDatabase.authorizedComplaint(db, context, .view, id: id)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref)
            return complaint
        }
    }

    /// The register: the opinions and complaints the session reaches, newest first, without names or content;
    /// `openOnly` leaves out the closed ones. Access is applied in SQL; logged once as a `list`.
    public func complaints(openOnly: Bool = false, as session: Session, at now: Date = Date()) throws
        -> [ComplaintSummary] {
        let today = CalendarDate.today(now: now)
        return try accessTransaction(session, action: .view, at: now) { db, context in
            let visible = try AppDatabase.complaintCondition(context, .view)
            let ids = try String.fetchAll(db, sql: """
                SELECT complaint.id FROM complaint JOIN protectedRecord ON protectedRecord.id = complaint.id
                WHERE \(visible.sql) \(openOnly ? "AND complaint.closedOn IS NULL" : "")
                ORDER BY complaint.receivedOn DESC, complaint.recordedAt DESC
                """, arguments: visible.arguments)
            let found = try ids.compactMap { try AppDatabase.fetchComplaint(db, id: $0)?.summary(today: today) }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "complaint: \(found.count) shown")
            return found
        }
    }

    /// Rule CMP-02: for the due board, every unanswered opinion or complaint the session reaches with its reply
    /// deadline, owed by its handler; a charge (CMP-03) names both rules.
    static func complaintDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        guard let visible = try? complaintCondition(context, .view) else { return [] }
        let entries = try fetchPolicyEntries(db)
        let policy = try Policy(entries: entries)
        let window = DeadlineWindow(policy: policy)
        let clause = policyClauseText(entries, .complaintReplyDays)
        let rows = try Row.fetchAll(db, sql: """
            SELECT complaint.id, complaint.kind, complaint.source, complaint.channel, complaint.receivedOn,
                   complaint.isCharge, protectedRecord.holderCode
            FROM complaint JOIN protectedRecord ON protectedRecord.id = complaint.id
            WHERE complaint.repliedOn IS NULL AND \(visible.sql)
            ORDER BY complaint.receivedOn
            """, arguments: visible.arguments)
        return try rows.map { row in
            let receivedOn = try CalendarDate(parsing: row["receivedOn"])
            let due = Complaint.replyDue(receivedOn: receivedOn, policy: policy)
            let kind = ComplaintKind(rawValue: row["kind"]) ?? .complaint
            let source: String = row["source"], channel: String = row["channel"]
            let sourceName = ComplaintSource(rawValue: source)?.chineseName ?? source
            let channelName = ComplaintChannel(rawValue: channel)?.chineseName ?? channel
            let isCharge: Bool = row["isCharge"]
            return DueItem(rule: isCharge ? "CMP-02, CMP-03" : "CMP-02", clauses: [clause],
                           title: isCharge ? N_("Reply to a complaint about a charge")
                               : kind == .opinion ? N_("Reply to an opinion") : N_("Reply to a complaint"),
                           detail: "\(kind.chineseName) \(receivedOn) \(sourceName) · \(channelName)",
                           subject: DueSubject(kind: .complaint, id: row["id"]), ownerCode: row["holderCode"],
                           dueOn: due, status: window.status(dueOn: due, today: today))
        }
    }

    // MARK: Access

    /// Rule CMP-01: the records the actor reaches: the permission table's on protected records, or all of them for
    /// the complaints desk (`Complaint.deskRoles`).
    static func complaintCondition(_ context: AccessContext, _ action: AccessAction) throws
        -> (sql: String, arguments: StatementArguments) {
        if Complaint.deskRoles.contains(context.actor.role) { return ("1", []) }
        try context.requireSomeScope(action)
        return context.recordCondition(action)
    }

    /// The complaint `id` if the actor may do `action` on it, else `AccessDenied` (logged by the transaction).
    static func authorizedComplaint(_ db: Database, _ context: AccessContext, _ action: AccessAction, id: String) throws
        -> Complaint {
        let ref = ProtectedRecordRef(kind: .complaint, id: id)
        if !Complaint.deskRoles.contains(context.actor.role) { try context.authorize(db, action, ref) }
        guard let complaint = try fetchComplaint(db, id: id) else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: action, record: ref, reason: .noSuchRecord)
        }
        return complaint
    }

    /// One change of a complaint (`edit`): `body` validates and writes, and returns the audit detail.
    private func complaintEdit(id: String, as session: Session, at now: Date,
                               _ body: (Database, AccessContext, Complaint) throws -> String) throws -> Complaint {
        let ref = ProtectedRecordRef(kind: .complaint, id: id)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let complaint = try AppDatabase.authorizedComplaint(db, context, .edit, id: id)
            let detail = try body(db, context, complaint)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: detail)
            // Exists: read above.
            return try AppDatabase.fetchComplaint(db, id: id)!
        }
    }

    /// The source's clause of a policy value, as the due board shows it.
    static func policyClauseText(_ entries: [PolicyEntry], _ key: PolicyKey) -> String {
        entries.first { $0.key == key }?.clause ?? ""
    }

    // MARK: Rows

    static func fetchComplaint(_ db: Database, id: String) throws -> Complaint? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT complaint.*, protectedRecord.holderCode, protectedRecord.servicePointID, worker.name AS holderName
            FROM complaint JOIN protectedRecord ON protectedRecord.id = complaint.id
            JOIN worker ON worker.code = protectedRecord.holderCode WHERE complaint.id = ?
            """, arguments: [id]) else { return nil }
        let policy = try Policy(entries: fetchPolicyEntries(db))
        let receivedOn = try CalendarDate(parsing: row["receivedOn"])
        let followUps = try Row.fetchAll(db, sql: """
            SELECT * FROM complaintFollowUp WHERE complaintID = ? ORDER BY number
            """, arguments: [id]).map { r in
            ComplaintFollowUp(number: r["number"], notedOn: try CalendarDate(parsing: r["notedOn"]), note: r["note"],
                              notedBy: r["notedBy"])
        }
        let reply = try (row["repliedOn"] as String?).map { day in
            ComplaintReply(result: row["replyResult"], repliedOn: try CalendarDate(parsing: day), repliedBy: row["repliedBy"])
        }
        return Complaint(id: id, kind: ComplaintKind(rawValue: row["kind"]) ?? .complaint,
                         source: ComplaintSource(rawValue: row["source"]) ?? .otherStakeholder,
                         channel: ComplaintChannel(rawValue: row["channel"]) ?? .phone, receivedOn: receivedOn,
                         complainantName: row["complainantName"], complainantContact: row["complainantContact"],
                         content: row["content"], about: row["about"], isCharge: row["isCharge"],
                         handlerCode: row["holderCode"], handlerName: row["holderName"],
                         servicePointID: row["servicePointID"], recordedBy: row["recordedBy"],
                         replyDueOn: Complaint.replyDue(receivedOn: receivedOn, policy: policy), reply: reply,
                         followUps: followUps,
                         closedOn: try (row["closedOn"] as String?).map { try CalendarDate(parsing: $0) },
                         closedBy: row["closedBy"])
    }
}
