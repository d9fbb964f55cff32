import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Opens a case (开案) for a client the session may view, held by the signed-in worker at their service point,
    /// and issues its archive code (nature C, the town and sector of the holder's service point; ARC-01) in the
    /// same transaction. Needs `create`; logged (the code issued, and the case created).
    ///
    /// The intake may come later (`recordIntake` with the case's id); when given here it must be the client's,
    /// decided "accept" (INTAKE-03) and not already used by another case. Refuses an opening day in the future or
    /// before the intake's contact, a merged client, and a holder without a service point (the code needs it).
    @discardableResult
    public func openCase(clientID: String, intakeID: String? = nil, openedOn: CalendarDate, as session: Session,
                         at now: Date = Date()) throws -> CaseFile {
        guard openedOn <= CalendarDate.today(now: now) else {
            throw ValidationError(field: N_("Opening date"), N_("%@ is in the future"), openedOn.description)
        }
        return try accessTransaction(session, action: .create, at: now) { db, context in
            try AppDatabase.openCase(db, context: context, clientID: clientID, intakeID: intakeID, openedOn: openedOn,
                                     at: now)
        }
    }

    /// Everything the case window shows, in full (`view`, logged once for the case). Refused alike for an id
    /// outside the session's scopes and one that does not exist (`AccessDenied`, logged).
    public func caseFile(id: String, as session: Session, at now: Date = Date()) throws -> CaseFileDetail {
        let ref = ProtectedRecordRef(kind: .caseFile, id: id)
        return try accessTransaction(session, action: .view, record: ref, at: now) { db, context in
            let caseFile = try AppDatabase.requireCase(db, id: id, context: context, for: .view)
            let detail = try AppDatabase.caseDetail(db, caseFile, today: CalendarDate.today(now: now))
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref)
            return detail
        }
    }

    /// Records the day the problem was judged solved: CASE-10's month for the closing evaluation starts. `edit`;
    /// only while the case is open, not before its opening, not in the future; logged.
    @discardableResult
    public func markProblemSolved(caseID: String, on date: CalendarDate, as session: Session, at now: Date = Date())
        throws -> CaseFile {
        try recordMilestones(caseID: caseID, problemSolvedOn: date, stageReviewOn: nil, as: session, at: now)
    }

    /// Records the day the 个案阶段性发展表 was done (CASE-09). As `markProblemSolved`.
    @discardableResult
    public func recordStageReview(caseID: String, on date: CalendarDate, as session: Session, at now: Date = Date())
        throws -> CaseFile {
        try recordMilestones(caseID: caseID, problemSolvedOn: nil, stageReviewOn: date, as: session, at: now)
    }

    /// Records, in one change, the days the problem was judged solved (CASE-10) and the stage review was done
    /// (CASE-09), whichever are given and differ from what is stored: the case window saves both at once. `edit`;
    /// only while the case is open, not before its opening, not in the future; each change logged.
    @discardableResult
    public func recordMilestones(caseID: String, problemSolvedOn: CalendarDate?, stageReviewOn: CalendarDate?,
                                 as session: Session, at now: Date = Date()) throws -> CaseFile {
        let dates = [(problemSolvedOn, "problemSolvedOn", N_("Problem solved on"), "CASE-10"),
                     (stageReviewOn, "stageReviewOn", N_("Stage review"), "CASE-09")]
        for case let (date?, _, field, _) in dates where date > CalendarDate.today(now: now) {
            throw ValidationError(field: field, N_("%@ is in the future"), date.description)
        }
        let ref = ProtectedRecordRef(kind: .caseFile, id: caseID)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let caseFile = try AppDatabase.requireCase(db, id: caseID, context: context, for: .edit)
            for case let (date?, column, field, rule) in dates {
                try AppDatabase.requireOpen(caseFile, field: field)
                guard date >= caseFile.openedOn else {
                    throw ValidationError(field: field, N_("%@ is before the case was opened (%@)"), date.description,
                                          caseFile.openedOn.description, rule: rule)
                }
                try db.execute(sql: "UPDATE caseFile SET \(column) = ? WHERE id = ? AND \(column) IS NOT ?",
                               arguments: [date.description, caseID, date.description])
                guard db.changesCount > 0 else { continue }
                try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                            detail: "\(column) \(date) [\(rule)]")
            }
            // Exists: read above.
            return try AppDatabase.fetchCaseFile(db, id: caseID)!
        }
    }

    /// `openCase` inside a transaction whose access context is `context` (admitting a client opens its case too).
    static func openCase(_ db: Database, context: AccessContext, clientID: String, intakeID: String?,
                         openedOn: CalendarDate, at now: Date) throws -> CaseFile {
        let client = try AppDatabase.requireVisibleClient(db, id: clientID, context: context)
        let holder = try AppDatabase.requireWorker(db, code: context.actor.workerCode, field: N_("Holder"))
        try context.authorize(.create, nil, ownership: RecordOwnership(holderCode: holder.code,
                                                                      servicePointID: holder.servicePointID))
        if let intakeID {
            try AppDatabase.requireIntakeForOpening(db, id: intakeID, client: client, openedOn: openedOn,
                                                    context: context)
        }
        let code = try AppDatabase.issueArchiveCodeAtServicePoint(db, holder: holder, nature: .caseWork,
                                                                  date: openedOn, actor: context, at: now)
        let ref = try AppDatabase.registerProtectedRecord(db, kind: .caseFile, holderCode: holder.code,
                                                          servicePointID: holder.servicePointID, at: now)
        try db.execute(sql: """
            INSERT INTO caseFile (id, code, clientID, intakeID, openedOn, openedBy, openedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [ref.id, code.description, client.id, intakeID, openedOn.description, holder.code,
                             AuditTimestamp.format(now)])
        try AppDatabase.appendAudit(db, at: now, actor: holder.code, action: .create, record: ref,
                                    detail: "\(code) for client \(client.id)")
        // Just inserted.
        return try AppDatabase.fetchCaseFile(db, id: ref.id)!
    }

    // MARK: Checks shared by the case transactions

    /// The case, once `action` on it is authorized; a missing id is denied like one outside the scopes.
    static func requireCase(_ db: Database, id: String, context: AccessContext, for action: AccessAction) throws
        -> CaseFile {
        let ref = ProtectedRecordRef(kind: .caseFile, id: id)
        try context.authorize(db, action, ref)
        guard let caseFile = try fetchCaseFile(db, id: id) else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: action, record: ref, reason: .noSuchRecord)
        }
        return caseFile
    }

    /// Rule CASE-01: a case that has ended (closed or referred) takes no more work.
    static func requireOpen(_ caseFile: CaseFile, field: String) throws {
        guard caseFile.isOpen else {
            throw ValidationError(field: field, N_("case %@ has ended (%@)"), caseFile.code, caseFile.state.title,
                                  rule: "CASE-01")
        }
    }

    /// The client, once the session may view it; merged records are refused.
    static func requireVisibleClient(_ db: Database, id: String, context: AccessContext) throws -> Client {
        let ref = ProtectedRecordRef(kind: .client, id: id.trimmingCharacters(in: .whitespaces))
        try context.authorize(db, .view, ref)
        guard let client = try fetchClient(db, id: ref.id) else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: .view, record: ref, reason: .noSuchRecord)
        }
        try requireUnmerged(client, field: N_("Client"))
        return client
    }

    // Rule INTAKE-03: a case opens on an intake that accepted the client.
    private static func requireIntakeForOpening(_ db: Database, id: String, client: Client, openedOn: CalendarDate,
                                                context: AccessContext) throws {
        let ref = ProtectedRecordRef(kind: .intake, id: id)
        try context.authorize(db, .view, ref)
        guard let intake = try fetchIntake(db, id: id) else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: .view, record: ref, reason: .noSuchRecord)
        }
        guard intake.content.clientID == client.id else {
            throw ValidationError(field: N_("Intake"), N_("intake %@ is another client's"), id)
        }
        guard intake.content.decision == .accept else {
            throw ValidationError(field: N_("Intake"), N_("the intake decided “%@”, not to accept the client"),
                                  intake.content.decision.title, rule: "INTAKE-03")
        }
        if let used = try String.fetchOne(db, sql: "SELECT code FROM caseFile WHERE intakeID = ?", arguments: [id]) {
            throw ValidationError(field: N_("Intake"), N_("already opened case %@"), used)
        }
        guard openedOn >= intake.content.contactDate else {
            throw ValidationError(field: N_("Opening date"), N_("%@ is before the intake contact (%@)"),
                                  openedOn.description, intake.content.contactDate.description)
        }
    }

    // MARK: Reading rows

    private static let caseSelect = """
        SELECT caseFile.*, protectedRecord.holderCode, protectedRecord.servicePointID
        FROM caseFile JOIN protectedRecord ON protectedRecord.id = caseFile.id
        """

    static func fetchCaseFile(_ db: Database, id: String) throws -> CaseFile? {
        try Row.fetchOne(db, sql: caseSelect + " WHERE caseFile.id = ?", arguments: [id]).map(caseFile)
    }

    static func caseFile(_ row: Row) throws -> CaseFile {
        let state = CaseState(rawValue: row["state"]) ?? .open
        var ending: CaseEnding?
        if let reasonKey: String = row["closingReason"], let reason = ClosingReason(rawValue: reasonKey) {
            let agency: String? = row["referralAgency"]
            ending = state == .referred ? .referred(agency: agency ?? "", reason: reason) : .closed(reason)
        }
        return CaseFile(id: row["id"], code: row["code"], clientID: row["clientID"], intakeID: row["intakeID"],
                        holderCode: row["holderCode"], servicePointID: row["servicePointID"],
                        openedOn: try date(row["openedOn"])!, stage: CaseStage(rawValue: row["stage"]) ?? .intake,
                        state: state, ending: ending, problemSolvedOn: try date(row["problemSolvedOn"]),
                        stageReviewOn: try date(row["stageReviewOn"]), closedOn: try date(row["closedOn"]))
    }

    /// A stored `YYYY-MM-DD`, or nil for NULL.
    static func date(_ text: String?) throws -> CalendarDate? {
        try text.map { try CalendarDate(parsing: $0) }
    }
}
