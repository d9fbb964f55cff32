import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Saves the report and finance report (GRP-06), replacing the last version: `edit`, from the day of the last
    /// session while the plan is approved and the report not yet submitted (or once returned); logged.
    @discardableResult
    public func saveReport(_ report: ProgrammeReport, for programmeID: String, as session: Session,
                           at now: Date = Date()) throws -> ProgrammeReport {
        try programmeEdit(programmeID, as: session, at: now) { db, context, programme in
            let valid = try report.validated(isGroup: programme.isGroup)
            try AppDatabase.requireStage(programme, in: [.planApproved], field: N_("Report"), rule: "GRP-06")
            let today = CalendarDate.today(now: now)
            let detail = try AppDatabase.programmeDetail(db, programme, today: today)
            guard today >= detail.lastDay else {
                throw ValidationError(field: N_("Report"), N_("is written after the last session (%@)"),
                                      detail.lastDay.description, rule: "GRP-06")
            }
            try db.execute(sql: """
                INSERT INTO programmeReport (programmeID, content, updatedBy, updatedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT (programmeID) DO UPDATE SET content = excluded.content, updatedBy = excluded.updatedBy,
                    updatedAt = excluded.updatedAt
                """, arguments: [programmeID, try AppDatabase.programmeJSON(valid), context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            return ("report saved", valid)
        }
    }

    /// The holder submits the report and finance report to the supervisor (GRP-06): `planApproved` →
    /// `reportSubmitted`. Its C2 deadline is read from the review history (`programmeDeadlines`); a late report is
    /// still taken. Logged.
    @discardableResult
    public func submitReport(programmeID: String, as session: Session, at now: Date = Date()) throws
        -> ProgrammeReview {
        try programmeEdit(programmeID, as: session, at: now) { db, context, programme in
            try AppDatabase.requireHolder(programme, context: context, field: N_("Report"), rule: "GRP-06")
            try AppDatabase.requireStage(programme, in: [.planApproved], field: N_("Report"), rule: "GRP-01")
            let detail = try AppDatabase.programmeDetail(db, programme, today: CalendarDate.today(now: now))
            guard let report = detail.report else {
                throw ValidationError(field: N_("Report"), N_("write the report before submitting it"), rule: "GRP-06")
            }
            _ = try report.validated(isGroup: programme.isGroup)
            let review = try AppDatabase.appendReview(db, programme, .report, .submitted, comment: "", warning: nil,
                                                      by: context.actor.workerCode, to: .reportSubmitted, at: now)
            return ("report submitted", review)
        }
    }

    /// A supervisor approves the submitted report (GRP-06, 督导批阅): `reportSubmitted` → `reportApproved`; the
    /// archive checklist opens (GRP-07). The approvers of `approvePlan`; logged.
    @discardableResult
    public func approveReport(programmeID: String, comment: String = "", as session: Session, at now: Date = Date())
        throws -> ProgrammeReview {
        try programmeDecision(programmeID, .report, as: session, at: now) { _, programme, _ in
            try AppDatabase.requireStage(programme, in: [.reportSubmitted], field: N_("Report"), rule: "GRP-01")
            return (.approved, comment, nil, .reportApproved)
        }
    }

    /// A supervisor returns the report with a comment: back to `planApproved` for the holder to revise. Logged.
    @discardableResult
    public func returnReport(programmeID: String, comment: String, as session: Session, at now: Date = Date()) throws
        -> ProgrammeReview {
        let text = try AppDatabase.requireText(comment, field: N_("Comment"))
        return try programmeDecision(programmeID, .report, as: session, at: now) { _, programme, _ in
            try AppDatabase.requireStage(programme, in: [.reportSubmitted], field: N_("Report"), rule: "GRP-01")
            return (.returned, text, nil, .planApproved)
        }
    }

    /// Ticks one document of the archive checklist (GRP-08) as filed, with who and when: `edit`, once the report
    /// is approved (GRP-07), once per document, only documents of this programme's checklist. Logged.
    @discardableResult
    public func tickArchiveItem(_ document: ProgrammeArchiveDocument, for programmeID: String, as session: Session,
                                at now: Date = Date()) throws -> [ProgrammeArchiveItem] {
        try programmeEdit(programmeID, as: session, at: now) { db, context, programme in
            try AppDatabase.requireStage(programme, in: [.reportApproved], field: N_("Archive"), rule: "GRP-07")
            let checklist = try AppDatabase.fetchArchiveChecklist(db, programme)
            guard let item = checklist.first(where: { $0.document == document }) else {
                throw ValidationError(field: N_("Archive"), N_("“%@” is not on the checklist of %@"),
                                      document.title(isGroup: programme.isGroup), programme.code, rule: "GRP-08")
            }
            guard !item.isTicked else {
                throw ValidationError(field: N_("Archive"), N_("“%@” is already ticked"),
                                      document.title(isGroup: programme.isGroup), rule: "GRP-08")
            }
            try db.execute(sql: """
                INSERT INTO programmeArchiveItem (programmeID, document, tickedBy, tickedAt) VALUES (?, ?, ?, ?)
                """, arguments: [programmeID, document.rawValue, context.actor.workerCode, AuditTimestamp.format(now)])
            return ("archive item \(document.rawValue)", try AppDatabase.fetchArchiveChecklist(db, programme))
        }
    }

    /// Archives the programme (GRP-07): `reportApproved` → `archived`, only when every document of the GRP-08
    /// checklist is ticked; the first missing one is named. `edit`; logged. An archived programme changes no more.
    @discardableResult
    public func archiveProgramme(programmeID: String, as session: Session, at now: Date = Date()) throws -> Programme {
        try programmeEdit(programmeID, as: session, at: now) { db, context, programme in
            try AppDatabase.requireStage(programme, in: [.reportApproved], field: N_("Archive"), rule: "GRP-07")
            let checklist = try AppDatabase.fetchArchiveChecklist(db, programme)
            if let missing = checklist.first(where: { !$0.isTicked }) {
                throw ValidationError(field: N_("Archive"), N_("“%@” is not filed yet (%@ of %@ ticked)"),
                                      missing.document.title(isGroup: programme.isGroup),
                                      String(checklist.filter(\.isTicked).count), String(checklist.count),
                                      rule: "GRP-08")
            }
            try db.execute(sql: "UPDATE programme SET stage = 'archived', archivedOn = ?, archivedBy = ? WHERE id = ?",
                           arguments: [CalendarDate.today(now: now).description, context.actor.workerCode, programmeID])
            // Exists: read above.
            return ("archived", try AppDatabase.fetchProgramme(db, id: programmeID)!)
        }
    }

    /// The open deadlines (C1 plan approval, C2 report, C3 archive) of every programme the session may view, for
    /// the due board: soonest alarm first. No participant is read; logged as one `list` row.
    public func programmeDeadlines(as session: Session, at now: Date = Date()) throws -> [ProgrammeDeadline] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let due = try AppDatabase.programmeDeadlines(db, context: context, today: CalendarDate.today(now: now))
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "programme deadlines: \(due.count) shown")
            return due
        }
    }

    /// The open deadlines of the programmes `context` may view, soonest alarm first; reads only, logs nothing (the
    /// caller logs its one `list` row: here, or the due board).
    static func programmeDeadlines(_ db: Database, context: AccessContext, today: CalendarDate) throws
        -> [ProgrammeDeadline] {
        let visible = context.recordCondition(.view)
        let rows = try Row.fetchAll(db, sql: """
            SELECT programme.*, protectedRecord.holderCode, protectedRecord.servicePointID
            FROM programme JOIN protectedRecord ON protectedRecord.id = programme.id
            WHERE \(visible.sql) AND programme.stage <> 'archived'
            """, arguments: visible.arguments)
        let entries = try AppDatabase.fetchPolicyEntries(db)
        let deadlines = try ProgrammeDeadlines(entries: entries,
                                               calendar: WorkingDayCalendar(schedule: try AppDatabase.fetchHolidaySchedule(db)))
        var due: [ProgrammeDeadline] = []
        for row in rows {
            let programme = try AppDatabase.programme(row)
            let sessions = try Row.fetchAll(db, sql: "SELECT * FROM programmeSession WHERE programmeID = ? ORDER BY number",
                                            arguments: [programme.id]).map(AppDatabase.programmeSession)
            due += deadlines.deadlines(for: ProgrammeDetail(programme: programme, sessions: sessions, registrations: []),
                                       today: today)
        }
        due.sort { ($0.overdueAfter, $0.dueOn, $0.code) < ($1.overdueAfter, $1.dueOn, $1.code) }
        return due
    }
}
