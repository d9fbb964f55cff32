import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Creates a group or an activity held by the signed-in worker at their service point, stage `planning`
    /// (GRP-01), and issues its archive code (ARC-01: G for a group, P for an activity, the town and sector of
    /// the holder's service point, the month of creation) in the same transaction. Needs `create`; logged.
    /// Refuses what `ProgrammeDraft.validated` refuses (GRP-03 for a registration window given now).
    @discardableResult
    public func createProgramme(_ draft: ProgrammeDraft, as session: Session, at now: Date = Date()) throws
        -> Programme {
        try accessTransaction(session, action: .create, at: now) { db, context in
            let valid = try draft.validated(policy: try Policy(entries: AppDatabase.fetchPolicyEntries(db)))
            let holder = try AppDatabase.requireWorker(db, code: context.actor.workerCode, field: N_("Holder"))
            try context.authorize(.create, nil, ownership: RecordOwnership(holderCode: holder.code,
                                                                          servicePointID: holder.servicePointID))
            let today = CalendarDate.today(now: now)
            let code = try AppDatabase.issueArchiveCodeAtServicePoint(db, holder: holder, nature: valid.kind.nature,
                                                                      date: today, actor: context, at: now)
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .programme, holderCode: holder.code,
                                                              servicePointID: holder.servicePointID, at: now)
            try db.execute(sql: """
                INSERT INTO programme (id, code, kind, title, isOuting, hasFixedMembers, startsOn, endsOn,
                                       registrationOpensOn, registrationClosesOn, createdBy, createdAt, createdOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ref.id, code.description, valid.kind.rawValue, valid.title, valid.isOuting,
                                 valid.hasFixedMembers, valid.startsOn.description, valid.endsOn.description,
                                 valid.registrationWindow?.opensOn.description,
                                 valid.registrationWindow?.closesOn.description, holder.code,
                                 AuditTimestamp.format(now), today.description])
            try AppDatabase.appendAudit(db, at: now, actor: holder.code, action: .create, record: ref,
                                        detail: "\(code) \(valid.kind.rawValue)")
            // Just inserted.
            return try AppDatabase.fetchProgramme(db, id: ref.id)!
        }
    }

    /// A programme in full, with its sessions and registrations (the names and phones of its people): `view`,
    /// logged once like a case read (CONF-02). Refused alike for an id outside the session's scopes and one that
    /// does not exist (`AccessDenied`, logged).
    public func programme(id: String, as session: Session, at now: Date = Date()) throws -> ProgrammeDetail {
        let ref = ProtectedRecordRef(kind: .programme, id: id)
        return try accessTransaction(session, action: .view, record: ref, at: now) { db, context in
            let programme = try AppDatabase.requireProgramme(db, id: id, context: context, for: .view)
            let detail = try AppDatabase.programmeDetail(db, programme, today: CalendarDate.today(now: now))
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref)
            return detail
        }
    }

    /// The programmes the session may view (its own; its supervisees' down the chain; all for 服务部) that match
    /// `filter`, latest start first. No participant appears; the look is logged as one `list` row.
    public func programmes(matching filter: ProgrammeFilter = .all, as session: Session, at now: Date = Date()) throws
        -> [ProgrammeSummary] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let visible = context.recordCondition(.view)
            var terms = [visible.sql]
            var arguments = visible.arguments
            let text = filter.text.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                terms.append("(instr(programme.code, ?) > 0 OR instr(programme.title, ?) > 0)")
                arguments += [text.uppercased(), text]
            }
            if !filter.kinds.isEmpty {
                let kinds = filter.kinds.map(\.rawValue).sorted()
                terms.append("programme.kind IN (" + Array(repeating: "?", count: kinds.count).joined(separator: ", ") + ")")
                arguments += StatementArguments(kinds)
            }
            if !filter.stages.isEmpty {
                let stages = filter.stages.map(\.rawValue).sorted()
                terms.append("programme.stage IN (" + Array(repeating: "?", count: stages.count).joined(separator: ", ") + ")")
                arguments += StatementArguments(stages)
            }
            if let day = filter.endingOnOrAfter {
                terms.append("programme.endsOn >= ?")
                arguments += [day.description]
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT programme.*, protectedRecord.holderCode, protectedRecord.servicePointID,
                       (SELECT COUNT(*) FROM programmeSession s WHERE s.programmeID = programme.id) AS sessionCount,
                       (SELECT COUNT(*) FROM registration r WHERE r.programmeID = programme.id) AS registrationCount
                FROM programme JOIN protectedRecord ON protectedRecord.id = programme.id
                WHERE \(terms.joined(separator: " AND "))
                ORDER BY programme.startsOn DESC, programme.code
                """, arguments: arguments)
            let summaries = try rows.map { row in
                let programme = try AppDatabase.programme(row)
                return ProgrammeSummary(id: programme.id, code: programme.code, kind: programme.kind,
                                        title: programme.title, isOuting: programme.isOuting,
                                        startsOn: programme.startsOn, endsOn: programme.endsOn,
                                        stage: programme.stage, holderCode: programme.holderCode,
                                        servicePointID: programme.servicePointID, sessionCount: row["sessionCount"],
                                        registrationCount: row["registrationCount"],
                                        hasFixedMembers: programme.hasFixedMembers)
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "programme: \(summaries.count) shown")
            return summaries
        }
    }

    /// Schedules a session of a programme (its date, start, length and venue), numbered after the sessions
    /// already scheduled: a session is not dated before the last one, so numbers follow the calendar. `edit`;
    /// refused once the report is submitted (the programme is over), and outside the programme's days; logged.
    @discardableResult
    public func addSession(_ draft: SessionDraft, to programmeID: String, as session: Session, at now: Date = Date())
        throws -> ProgrammeSession {
        let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let programme = try AppDatabase.requireProgramme(db, id: programmeID, context: context, for: .edit)
            try AppDatabase.requireStage(programme, in: [.planning, .planSubmitted, .planApproved],
                                         field: N_("Session"), rule: "GRP-01")
            let valid = try draft.validated(for: programme)
            let last = try Row.fetchOne(db, sql: """
                SELECT number, heldOn FROM programmeSession WHERE programmeID = ? ORDER BY number DESC LIMIT 1
                """, arguments: [programmeID])
            if let last, let lastDay: String = last["heldOn"], valid.heldOn.description < lastDay {
                throw ValidationError(field: N_("Session date"), N_("%@ is before session %@ on %@"),
                                      valid.heldOn.description, String(last["number"] as Int), lastDay)
            }
            let number = (last?["number"] as Int? ?? 0) + 1
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO programmeSession (id, programmeID, number, heldOn, startTime, durationMinutes, venue)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, programmeID, number, valid.heldOn.description, valid.startTime,
                                 valid.durationMinutes, valid.venue])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: "session \(number) on \(valid.heldOn)")
            return ProgrammeSession(id: id, programmeID: programmeID, number: number, heldOn: valid.heldOn,
                                    startTime: valid.startTime, durationMinutes: valid.durationMinutes,
                                    venue: valid.venue)
        }
    }

    /// Registers a participant (《报名表》) or adds a walk-in. `edit` on the programme; logged (by id, not name).
    ///
    /// Rule GRP-02/GRP-03, as decided here: people register only once the plan is approved and until the report
    /// is submitted. A registration in advance of a programme with fixed members (every group; an activity with
    /// fixed members) must fall inside its registration window; for an open activity, any day up to its end.
    /// A walk-in (added at a session) must fall on one of the programme's days, whatever the window. A client on
    /// file must be one the session may view (`AccessDenied` otherwise), and is registered once per programme;
    /// so is a phone number.
    @discardableResult
    public func register(_ draft: RegistrationDraft, in programmeID: String, as session: Session,
                         at now: Date = Date()) throws -> Registration {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let programme = try AppDatabase.requireProgramme(db, id: programmeID, context: context, for: .edit)
            try AppDatabase.requireRegistrationOpen(programme, valid)
            if let clientID = valid.clientID {
                _ = try AppDatabase.requireVisibleClient(db, id: clientID, context: context)
            }
            try AppDatabase.requireNotRegistered(db, valid, programmeID: programmeID)
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO registration (id, programmeID, name, phone, gender, ageGroup, clientID, isWalkIn,
                                          registeredOn, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, programmeID, valid.name, valid.phone, valid.gender.rawValue,
                                 valid.ageGroup.rawValue, valid.clientID, valid.isWalkIn,
                                 valid.registeredOn.description, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: (valid.isWalkIn ? "walk-in " : "registration ") + id)
            // Just inserted.
            return try AppDatabase.fetchRegistration(db, id: id)!
        }
    }

    // MARK: Checks shared by the programme transactions

    /// The programme, once `action` on it is authorized; a missing id is denied like one outside the scopes.
    static func requireProgramme(_ db: Database, id: String, context: AccessContext, for action: AccessAction) throws
        -> Programme {
        let ref = ProtectedRecordRef(kind: .programme, id: id)
        try context.authorize(db, action, ref)
        guard let programme = try fetchProgramme(db, id: id) else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: action, record: ref, reason: .noSuchRecord)
        }
        return programme
    }

    /// Rule GRP-01: an event of the flow happens only at its stage.
    static func requireStage(_ programme: Programme, in stages: Set<ProgrammeStage>, field: String, rule: String)
        throws {
        guard stages.contains(programme.stage) else {
            throw ValidationError(field: field, N_("not at this stage: %@ is at “%@”"), programme.code,
                                  programme.stage.title, rule: rule)
        }
    }

    /// Rules GRP-02, GRP-03: see `register`.
    private static func requireRegistrationOpen(_ programme: Programme, _ draft: RegistrationDraft) throws {
        guard programme.stage == .planApproved else {
            throw ValidationError(field: N_("Registration"),
                                  N_("%@ takes registrations once its plan is approved and until its report is submitted (now “%@”)"),
                                  programme.code, programme.stage.title, rule: "GRP-02")
        }
        let day = draft.registeredOn
        if draft.isWalkIn {
            guard day >= programme.startsOn, day <= programme.endsOn else {
                throw ValidationError(field: N_("Registered on"), N_("%@ is outside the programme's days (%@ to %@)"),
                                      day.description, programme.startsOn.description, programme.endsOn.description)
            }
        } else if programme.hasFixedMembers {
            guard let window = programme.registrationWindow else {
                throw ValidationError(field: N_("Registration"), N_("%@ has fixed members and no registration window yet"),
                                      programme.code, rule: "GRP-03")
            }
            guard window.contains(day) else {
                throw ValidationError(field: N_("Registered on"), N_("%@ is outside the registration window (%@ to %@)"),
                                      day.description, window.opensOn.description, window.closesOn.description,
                                      rule: "GRP-03")
            }
        } else if day > programme.endsOn {
            throw ValidationError(field: N_("Registered on"), N_("%@ is after the programme ends (%@)"),
                                  day.description, programme.endsOn.description)
        }
    }

    private static func requireNotRegistered(_ db: Database, _ draft: RegistrationDraft, programmeID: String) throws {
        if let clientID = draft.clientID, try Bool.fetchOne(db, sql: """
            SELECT 1 FROM registration WHERE programmeID = ? AND clientID = ?
            """, arguments: [programmeID, clientID]) == true {
            throw ValidationError(field: N_("Client"), N_("this client is already registered"))
        }
        if !draft.phone.isEmpty, try Bool.fetchOne(db, sql: """
            SELECT 1 FROM registration WHERE programmeID = ? AND phone = ?
            """, arguments: [programmeID, draft.phone]) == true {
            throw ValidationError(field: N_("Phone"), N_("someone with this phone number is already registered"))
        }
    }
}
