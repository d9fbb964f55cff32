import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Records a supervision session (SUP-01, SUP-05) as a protected record held by the signed-in supervisor
    /// (督导, 见习督导 or 督导助理), each supervisee's answer waiting. Needs `create` on the supervisor's own records;
    /// logged. Refuses what `SupervisionDraft.validated` refuses, a supervisee who is unknown, inactive or the
    /// supervisor, a supervisee outside the supervisor's chain on the day without a reason for the
    /// cross-supervision, and a topic's case the supervisor may not view (`AccessDenied`, logged).
    @discardableResult
    public func recordSupervision(_ draft: SupervisionDraft, as session: Session, at now: Date = Date()) throws
        -> SupervisionSession {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let actor = context.actor
            guard actor.role.supervises else {
                throw ValidationError(field: N_("Supervisor"),
                                      N_("only a supervisor, trainee supervisor or assistant supervisor records supervision"),
                                      rule: "SUP-05")
            }
            let ownership = RecordOwnership(holderCode: actor.workerCode, servicePointID: actor.servicePointID)
            try context.authorize(.create, nil, ownership: ownership)
            try AppDatabase.requireSupervisees(db, valid, supervisor: actor.workerCode)
            let topics = try valid.topics.map { try AppDatabase.linkedTopic(db, $0, context: context) }
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .supervisionSession,
                                                              holderCode: actor.workerCode,
                                                              servicePointID: actor.servicePointID, at: now)
            try AppDatabase.insertSession(db, id: ref.id, valid, topics: topics, by: actor.workerCode, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: actor.workerCode, action: .create, record: ref,
                                        detail: "\(valid.type.rawValue) \(valid.format.rawValue) on \(valid.heldOn) with "
                                            + valid.superviseeCodes.joined(separator: ","))
            // Just inserted.
            return try AppDatabase.fetchSupervisionSession(db, id: ref.id)!
        }
    }

    /// One session in full: `view` (the default), or `export` / `print` before its record is written out (ARC-10).
    /// Allowed to whoever the access policy allows on the supervisor's record, and to its supervisees (a
    /// participant sees the record they are asked to confirm). Logged; anyone else is refused (`AccessDenied`).
    public func supervisionSession(id: String, as session: Session, for action: AccessAction = .view,
                                   at now: Date = Date()) throws -> SupervisionSession {
        guard [.view, .export, .print].contains(action), let logged = AuditAction(recordAction: action) else {
            throw ValidationError(field: N_("Action"), N_("a supervision record is read to view, export or print it, not to %@"),
                                  action.title)
        }
        let ref = ProtectedRecordRef(kind: .supervisionSession, id: id)
        return try accessTransaction(session, action: action, record: ref, at: now) { db, context in
            let found = try AppDatabase.authorizedSession(db, id: id, action: action, context: context)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: logged, record: ref)
            return found
        }
    }

    /// The sessions the signed-in worker may see (those they led or attended, and those the access policy lets
    /// them view: down their chain, or all for 服务部), of one month or all, newest first. No topics or advice. The
    /// look is logged as one `list` row.
    public func supervisionSessions(month: SupervisionMonth? = nil, as session: Session, at now: Date = Date()) throws
        -> [SupervisionSessionSummary] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let visible = try AppDatabase.fetchSessionSummaries(db, month: month)
                .filter { AppDatabase.mayView($0.summary, held: $0.ownership, context: context) }.map(\.summary)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "supervisionSession" + (month.map { " \($0)" } ?? "")
                                            + ": \(visible.count) shown")
            return visible
        }
    }

    /// The sessions whose record waits for the signed-in worker's confirmation (SUP-05), oldest first. Logged.
    public func supervisionsAwaitingConfirmation(as session: Session, at now: Date = Date()) throws
        -> [SupervisionSessionSummary] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let me = context.actor.workerCode
            let waiting = try AppDatabase.fetchSessionSummaries(db, month: nil).map(\.summary).reversed()
                .filter { $0.participants.contains { $0.workerCode == me && $0.response == .pending } }
            try AppDatabase.appendAudit(db, at: now, actor: me, action: .list,
                                        detail: "supervisionSession awaiting confirmation: \(waiting.count) shown")
            return Array(waiting)
        }
    }

    /// A supervisee confirms the record of a session they attended, or disputes it with a comment (SUP-05). Only
    /// the supervisee answers, once; logged as an edit of the record naming the answer.
    @discardableResult
    public func respondToSupervision(sessionID: String, response: SupervisionResponse, comment: String = "",
                                     as session: Session, at now: Date = Date()) throws -> SupervisionSession {
        let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard response != .pending else {
            throw ValidationError(field: N_("Response"), N_("confirm or dispute the record"), rule: "SUP-05")
        }
        if response == .disputed, text.isEmpty {
            throw ValidationError(field: N_("Comment"), N_("say what is wrong with the record"), rule: "SUP-05")
        }
        let ref = ProtectedRecordRef(kind: .supervisionSession, id: sessionID)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let me = context.actor.workerCode
            let participant = try AppDatabase.requireParticipant(db, sessionID: sessionID, context: context)
            guard participant.response == .pending else {
                throw ValidationError(field: N_("Response"), N_("you already answered this record on %@"),
                                      participant.respondedOn?.description ?? "", rule: "SUP-05")
            }
            try db.execute(sql: """
                UPDATE supervisionParticipant SET response = ?, comment = ?, respondedOn = ?
                WHERE sessionID = ? AND workerCode = ?
                """, arguments: [response.rawValue, text, CalendarDate.today(now: now).description, sessionID, me])
            try AppDatabase.appendAudit(db, at: now, actor: me, action: .edit, record: ref, detail: response.rawValue)
            // Exists: its participant was read above.
            return try AppDatabase.fetchSupervisionSession(db, id: sessionID)!
        }
    }

    /// A supervisee records what they did about an agreed follow-up (SUP-05: the worker's later action), once.
    @discardableResult
    public func recordFollowUpAction(followUpID: Int64, action: String, as session: Session, at now: Date = Date())
        throws -> SupervisionSession {
        let text = try AppDatabase.requireText(action, field: N_("Action taken"))
        let sessionID = try writer.read { db in
            try String.fetchOne(db, sql: "SELECT sessionID FROM supervisionFollowUp WHERE id = ?", arguments: [followUpID])
        }
        let ref = ProtectedRecordRef(kind: .supervisionSession, id: sessionID ?? "")
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            _ = try AppDatabase.requireParticipant(db, sessionID: ref.id, context: context)
            let done = try String.fetchOne(db, sql: "SELECT action FROM supervisionFollowUp WHERE id = ?",
                                           arguments: [followUpID]) ?? ""
            guard done.isEmpty else {
                throw ValidationError(field: N_("Action taken"), N_("the action on this follow-up is already recorded"),
                                      rule: "SUP-05")
            }
            try db.execute(sql: "UPDATE supervisionFollowUp SET action = ?, actionBy = ? WHERE id = ?",
                           arguments: [text, context.actor.workerCode, followUpID])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: "follow-up \(followUpID) action")
            return try AppDatabase.fetchSupervisionSession(db, id: ref.id)!
        }
    }

    // MARK: Checks

    /// Each supervisee exists, is active and is not the supervisor; one outside the supervisor's chain on the day
    /// (the dated chain: a worker who moved is judged by the day of the session) needs the reason recorded.
    private static func requireSupervisees(_ db: Database, _ draft: SupervisionDraft, supervisor: String) throws {
        let chain = try fetchSupervisionHistory(db).chain(on: draft.heldOn)
        for code in draft.superviseeCodes {
            let worker = try requireWorker(db, code: code, field: N_("Supervisees")).worker
            guard worker.isActive else {
                throw ValidationError(field: N_("Supervisees"), N_("%@ (%@) is no longer active"), worker.code, worker.name)
            }
            guard worker.code != supervisor else {
                throw ValidationError(field: N_("Supervisees"), N_("a supervisor does not supervise themself"),
                                      rule: "SUP-05")
            }
            // Rule SUP-05: cross-supervision happens, and is recorded with its reason.
            if !chain.isSupervised(worker.code, by: supervisor), draft.crossSupervisionReason == nil {
                throw ValidationError(field: N_("Supervisees"),
                                      N_("%@ (%@) is not in your supervision chain on %@: give the reason for this cross-supervision"),
                                      worker.code, worker.name, draft.heldOn.description, rule: "SUP-05")
            }
        }
    }

    /// A topic with its case resolved (by id or archive code) and checked: the supervisor must be allowed to view
    /// the case (CONF-02), or the whole record is refused.
    private static func linkedTopic(_ db: Database, _ topic: SupervisionTopic, context: AccessContext) throws
        -> SupervisionTopic {
        var linked = topic
        if linked.caseID == nil, let code = topic.caseCode?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            guard let id = try String.fetchOne(db, sql: "SELECT id FROM caseFile WHERE code = ?", arguments: [code]) else {
                throw ValidationError(field: N_("Topics"), N_("there is no case with the code “%@”"), code)
            }
            linked.caseID = id
        }
        guard let caseID = linked.caseID else {
            linked.caseCode = nil
            return linked
        }
        let caseFile = try requireCase(db, id: caseID, context: context, for: .view)
        linked.caseCode = caseFile.code
        return linked
    }

    /// The signed-in worker's entry on the session's list of supervisees; anyone else is refused as outside scope.
    private static func requireParticipant(_ db: Database, sessionID: String, context: AccessContext) throws
        -> SupervisionParticipant {
        let ref = ProtectedRecordRef(kind: .supervisionSession, id: sessionID)
        guard try ownership(db, of: ref) != nil else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: .edit, record: ref, reason: .noSuchRecord)
        }
        guard let participant = try fetchSupervisionSession(db, id: sessionID)?.participant(context.actor.workerCode)
        else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: .edit, record: ref, reason: .outsideScope)
        }
        return participant
    }

    /// The session, when `action` is allowed on it: by the access policy on the supervisor's record, or, to view,
    /// export or print, because the worker attended it. The access policy places a supervisee below the holder,
    /// where no scope reaches up, so the participant's access is granted here, explicitly.
    static func authorizedSession(_ db: Database, id: String, action: AccessAction, context: AccessContext) throws
        -> SupervisionSession {
        let ref = ProtectedRecordRef(kind: .supervisionSession, id: id)
        guard let ownership = try ownership(db, of: ref), let found = try fetchSupervisionSession(db, id: id) else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: action, record: ref, reason: .noSuchRecord)
        }
        if found.participant(context.actor.workerCode) == nil {
            try context.authorize(action, ref, ownership: ownership)
        }
        return found
    }

    static func mayView(_ summary: SupervisionSessionSummary, held ownership: RecordOwnership,
                        context: AccessContext) -> Bool {
        summary.participants.contains { $0.workerCode == context.actor.workerCode }
            || context.allows(.view, on: ownership)
    }

    // MARK: Writing and reading rows

    private static func insertSession(_ db: Database, id: String, _ draft: SupervisionDraft,
                                      topics: [SupervisionTopic], by supervisor: String, at now: Date) throws {
        try db.execute(sql: """
            INSERT INTO supervisionSession (id, supervisorCode, type, format, heldOn, startTime, durationMinutes,
                                            advice, crossSupervisionReason, recordedBy, recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, supervisor, draft.type.rawValue, draft.format.rawValue, draft.heldOn.description,
                             draft.startTime, draft.durationMinutes, draft.advice, draft.crossSupervisionReason,
                             supervisor, AuditTimestamp.format(now)])
        for code in draft.superviseeCodes {
            try db.execute(sql: "INSERT INTO supervisionParticipant (sessionID, workerCode) VALUES (?, ?)",
                           arguments: [id, code])
        }
        for topic in topics {
            try db.execute(sql: "INSERT INTO supervisionTopic (sessionID, text, caseID) VALUES (?, ?, ?)",
                           arguments: [id, topic.text, topic.caseID])
        }
        for followUp in draft.followUps {
            try db.execute(sql: "INSERT INTO supervisionFollowUp (sessionID, text, dueOn) VALUES (?, ?, ?)",
                           arguments: [id, followUp.text, followUp.dueOn.description])
        }
    }

    private static let sessionSelect = """
        SELECT supervisionSession.*, worker.name AS supervisorName, worker.role AS supervisorRole,
               protectedRecord.holderCode, protectedRecord.servicePointID
        FROM supervisionSession
        JOIN worker ON worker.code = supervisionSession.supervisorCode
        JOIN protectedRecord ON protectedRecord.id = supervisionSession.id
        """

    static func fetchSupervisionSession(_ db: Database, id: String) throws -> SupervisionSession? {
        guard let row = try Row.fetchOne(db, sql: sessionSelect + " WHERE supervisionSession.id = ?", arguments: [id])
        else { return nil }
        let topics = try Row.fetchAll(db, sql: """
            SELECT supervisionTopic.text, supervisionTopic.caseID, caseFile.code FROM supervisionTopic
            LEFT JOIN caseFile ON caseFile.id = supervisionTopic.caseID
            WHERE sessionID = ? ORDER BY supervisionTopic.id
            """, arguments: [id]).map { SupervisionTopic(text: $0["text"], caseID: $0["caseID"], caseCode: $0["code"]) }
        let followUps = try Row.fetchAll(db, sql: """
            SELECT * FROM supervisionFollowUp WHERE sessionID = ? ORDER BY id
            """, arguments: [id]).map { r in
                SupervisionFollowUp(id: r["id"], text: r["text"], dueOn: try CalendarDate(parsing: r["dueOn"]),
                                    action: r["action"], actionBy: r["actionBy"])
            }
        return SupervisionSession(
            id: id, supervisorCode: row["supervisorCode"], supervisorName: row["supervisorName"],
            supervisorRole: Role(rawValue: row["supervisorRole"]) ?? .supervisor,
            type: SupervisionType(rawValue: row["type"]) ?? .practiceCompetence,
            format: SupervisionFormat(rawValue: row["format"]) ?? .group,
            heldOn: try CalendarDate(parsing: row["heldOn"]), startTime: row["startTime"],
            durationMinutes: row["durationMinutes"], participants: try fetchParticipants(db, sessionID: id),
            topics: topics, advice: row["advice"], followUps: followUps,
            crossSupervisionReason: row["crossSupervisionReason"], recordedBy: row["recordedBy"])
    }

    /// Summaries of every session, or a month's, newest first, with their holders for the access filter.
    static func fetchSessionSummaries(_ db: Database, month: SupervisionMonth?) throws
        -> [(summary: SupervisionSessionSummary, ownership: RecordOwnership)] {
        var sql = sessionSelect
        var arguments: StatementArguments = []
        if let month {
            sql += " WHERE supervisionSession.heldOn BETWEEN ? AND ?"
            arguments = [month.firstDay.description, month.lastDay.description]
        }
        sql += " ORDER BY supervisionSession.heldOn DESC, supervisionSession.startTime DESC, supervisionSession.id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let summary = SupervisionSessionSummary(
                id: row["id"], heldOn: try CalendarDate(parsing: row["heldOn"]), startTime: row["startTime"],
                durationMinutes: row["durationMinutes"],
                type: SupervisionType(rawValue: row["type"]) ?? .practiceCompetence,
                format: SupervisionFormat(rawValue: row["format"]) ?? .group,
                supervisorCode: row["supervisorCode"], supervisorName: row["supervisorName"],
                participants: try fetchParticipants(db, sessionID: row["id"]))
            return (summary, RecordOwnership(holderCode: row["holderCode"], servicePointID: row["servicePointID"]))
        }
    }

    private static func fetchParticipants(_ db: Database, sessionID: String) throws -> [SupervisionParticipant] {
        try Row.fetchAll(db, sql: """
            SELECT supervisionParticipant.*, worker.name FROM supervisionParticipant
            JOIN worker ON worker.code = supervisionParticipant.workerCode
            WHERE sessionID = ? ORDER BY supervisionParticipant.rowid
            """, arguments: [sessionID]).map { r in
                SupervisionParticipant(workerCode: r["workerCode"], workerName: r["name"],
                                       response: SupervisionResponse(rawValue: r["response"]) ?? .pending,
                                       comment: r["comment"],
                                       respondedOn: try (r["respondedOn"] as String?).map { try CalendarDate(parsing: $0) })
            }
    }
}
