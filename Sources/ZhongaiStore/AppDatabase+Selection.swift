import Foundation
import GRDB
import ZhongaiDomain

/// Supervisor selection rounds (督导人才选拔; issue 10): opening a round, its public notices (SEL-04), reading it.
/// Nominations, scores and promotions are in the files beside this one; who may do what is in
/// AppDatabase+SelectionAccess.swift.
extension AppDatabase {
    /// Opens a round for 督导助理 or 见习督导 with its interview panel (active workers). Needs `manageDirectory`;
    /// logged. The round is a protected record held by the worker who opens it.
    @discardableResult
    public func openSelectionRound(_ draft: SelectionRoundDraft, as session: Session, at now: Date = Date()) throws
        -> SelectionRound {
        let draft = try draft.validated()
        return try accessTransaction(session, action: .manageDirectory, at: now) { db, context in
            try context.authorize(db, .manageDirectory)
            for code in draft.panelCodes {
                let worker = try AppDatabase.requireWorker(db, code: code, field: N_("Interview panel"))
                guard worker.isActive else {
                    throw ValidationError(field: N_("Interview panel"), N_("%@ is not an active worker"), code,
                                          rule: "SEL-02")
                }
            }
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .selectionRound,
                                                              holderCode: context.actor.workerCode,
                                                              servicePointID: nil, at: now)
            try db.execute(sql: """
                INSERT INTO selectionRound (id, title, target, openedOn, writtenTestOn, interviewOn, openedBy, openedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ref.id, draft.title, draft.target.rawValue, draft.openedOn.description,
                                 draft.writtenTestOn?.description, draft.interviewOn?.description,
                                 context.actor.workerCode, AuditTimestamp.format(now)])
            for code in draft.panelCodes {
                try db.execute(sql: "INSERT INTO selectionPanelMember (roundID, workerCode) VALUES (?, ?)",
                               arguments: [ref.id, code])
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                                        detail: "selection round \(draft.target.rawValue): \(draft.title)")
            return try AppDatabase.requireSelectionRound(db, id: ref.id)
        }
    }

    /// The rounds the session may read, newest first; the look is logged once (`list`).
    public func selectionRounds(as session: Session, at now: Date = Date()) throws -> [SelectionRoundSummary] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let policy = try AppDatabase.selectionPolicy(db)
            let today = CalendarDate.today(now: now)
            guard context.mayRunSelection || !context.policy.permissions.scopes(context.actor.role, .view).isEmpty else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .view, record: nil,
                                   reason: .actionNotGranted)
            }
            let visible = try AppDatabase.fetchSelectionRounds(db).filter { round in
                guard !context.mayRunSelection else { return true }
                guard let ownership = try AppDatabase.ownership(db, of: round.ref) else { return false }
                return context.allows(.view, on: ownership)
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "selectionRound: \(visible.count) shown")
            return try visible.map { round in
                let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM selectionNomination WHERE roundID = ?",
                                             arguments: [round.id]) ?? 0
                return SelectionRoundSummary(round: round, stage: round.stage(on: today, policy: policy),
                                             nominationCount: count)
            }
        }
    }

    /// One round in full: nominations with their eligibility, objections, score sheets, the ranked table and its
    /// dates. Logged (`view`, or `export` / `print` when the interface is about to write or print it).
    public func selectionRound(id: String, as session: Session, for action: AccessAction = .view,
                               at now: Date = Date()) throws -> SelectionRoundDetail {
        guard let logged = AuditAction(recordAction: action), [.view, .export, .print].contains(action) else {
            throw ValidationError(field: N_("Action"), N_("a round is read to view, export or print it, not to %@"),
                                  action.title)
        }
        let ref = ProtectedRecordRef(kind: .selectionRound, id: id)
        return try accessTransaction(session, action: action, record: ref, at: now) { db, context in
            if !context.mayRunSelection { try context.authorize(db, action, ref) }
            let round = try AppDatabase.requireSelectionRound(db, id: id)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: logged, record: ref)
            return try AppDatabase.fetchSelectionDetail(db, round: round, today: CalendarDate.today(now: now))
        }
    }

    /// Rule SEL-04: publishes the candidate list on `date` (today or earlier, not before the round opened): a week
    /// of public notice follows, for objections. Needs a nominee; publishing twice is refused. Logged.
    public func publishCandidateList(roundID: String, on date: CalendarDate, as session: Session,
                                     at now: Date = Date()) throws {
        try selectionWrite(session, roundID: roundID, at: now) { db, context, round, _ in
            guard round.candidatesPublishedOn == nil else {
                throw ValidationError(field: N_("Candidate list"), N_("is already published"), rule: "SEL-04")
            }
            try AppDatabase.requirePublicationDate(date, after: round.openedOn, now: now, field: N_("Candidate list"))
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM selectionNomination WHERE roundID = ?",
                                         arguments: [round.id]) ?? 0
            guard count > 0 else {
                throw ValidationError(field: N_("Candidate list"), N_("nobody is nominated yet"), rule: "SEL-04")
            }
            try db.execute(sql: "UPDATE selectionRound SET candidatesPublishedOn = ? WHERE id = ?",
                           arguments: [date.description, round.id])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: round.ref,
                                        detail: "candidate list published on \(date)")
        }
    }

    /// Rule SEL-04: publishes the results on `date`, after the candidate list's notice: two weeks of notice
    /// follow, and the scores are final. Refused while an objection awaits its review, a candidate has no
    /// written score, or one who passed it lacks a panel member's interview score. Logged.
    public func publishResults(roundID: String, on date: CalendarDate, as session: Session, at now: Date = Date())
        throws {
        try selectionWrite(session, roundID: roundID, at: now) { db, context, round, policy in
            guard round.resultsPublishedOn == nil else {
                throw ValidationError(field: N_("Results"), N_("are already published"), rule: "SEL-04")
            }
            guard let lastDay = round.candidatePublicityLastDay(policy: policy) else {
                throw ValidationError(field: N_("Results"), N_("publish the candidate list first"), rule: "SEL-04")
            }
            try AppDatabase.requirePublicationDate(date, after: lastDay.adding(days: 1), now: now, field: N_("Results"))
            for nomination in try AppDatabase.fetchNominations(db, round: round, policy: policy) {
                try AppDatabase.requireScored(db, nomination, round: round, policy: policy)
            }
            try db.execute(sql: "UPDATE selectionRound SET resultsPublishedOn = ? WHERE id = ?",
                           arguments: [date.description, round.id])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: round.ref,
                                        detail: "results published on \(date)")
        }
    }

    /// The dates of the rounds the session may read, for the due board (SEL-04). Not logged: dates only.
    public func selectionDeadlines(as session: Session, at now: Date = Date()) throws -> [SelectionDeadline] {
        try writer.read { db in
            guard let context = try? AppDatabase.accessContext(db, session: session, action: .view) else { return [] }
            return try AppDatabase.selectionDeadlines(db, context: context).map(\.deadline)
        }
    }

    /// The dates of the rounds `context` may read, each with the round's holder (who runs it); reads only, logs
    /// nothing.
    static func selectionDeadlines(_ db: Database, context: AccessContext) throws
        -> [(deadline: SelectionDeadline, holderCode: String)] {
        let policy = try AppDatabase.selectionPolicy(db)
        var dates: [(deadline: SelectionDeadline, holderCode: String)] = []
        for round in try AppDatabase.fetchSelectionRounds(db) {
            let ownership = try AppDatabase.ownership(db, of: round.ref)
            guard context.mayRunSelection || ownership.map({ context.allows(.view, on: $0) }) == true else { continue }
            dates += round.deadlines(policy: policy).map { ($0, ownership?.holderCode ?? "") }
        }
        return dates.sorted { $0.deadline.date < $1.deadline.date }
    }

    private static func requirePublicationDate(_ date: CalendarDate, after earliest: CalendarDate, now: Date,
                                               field: String) throws {
        guard date >= earliest else {
            throw ValidationError(field: field, N_("cannot be published before %@"), earliest.description, rule: "SEL-04")
        }
        guard date <= CalendarDate.today(now: now) else {
            throw ValidationError(field: field, N_("%@ is in the future"), date.description, rule: "SEL-04")
        }
    }

    /// A nomination ready for the results: reviewed, written test scored, and (if passed) every panel member's score.
    private static func requireScored(_ db: Database, _ nomination: Nomination, round: SelectionRound, policy: Policy)
        throws {
        switch nomination.status {
        case .disqualified: return
        case .underReview:
            throw ValidationError(field: N_("Results"), N_("the objection to %@ awaits its review"),
                                  nomination.workerName, rule: "SEL-04")
        case .standing: break
        }
        let sheet = try fetchScoreSheet(db, nomination: nomination, round: round, policy: policy)
        switch sheet.status {
        case .failedWrittenTest, .complete: return
        case .awaitingWrittenTest, .awaitingInterview, .interviewIncomplete:
            throw ValidationError(field: N_("Results"), N_("%@: %@"), nomination.workerName, sheet.status.title,
                                  rule: "SEL-02")
        }
    }
}
