import Foundation
import GRDB
import ZhongaiDomain

/// The written test, the interview and the bonus items (SEL-02, SEL-03), entered after the candidate list's notice
/// and before the results are published; each entry is logged on the round.
extension AppDatabase {
    /// Records (or corrects) the written test score, 0–100. Logged.
    public func recordWrittenScore(nominationID: Int64, score: SelectionPoints, as session: Session,
                                   at now: Date = Date()) throws {
        try AppDatabase.requireScoreRange(score, field: N_("Written test"))
        try scoringWrite(session, nominationID: nominationID, at: now) { db, context, round, nomination, _ in
            try db.execute(sql: "UPDATE selectionNomination SET writtenScore = ? WHERE id = ?",
                           arguments: [score.hundredths, nominationID])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: round.ref,
                                        detail: "written test \(nomination.workerCode): \(score)")
        }
    }

    /// Records (or corrects) one interviewer's score, 0–100. Refused for someone not on the round's panel and for a
    /// candidate below the written pass mark (SEL-02: no interview). Logged.
    public func recordInterviewScore(nominationID: Int64, interviewerCode: String, score: SelectionPoints,
                                     as session: Session, at now: Date = Date()) throws {
        try AppDatabase.requireScoreRange(score, field: N_("Interview score"))
        let interviewer = interviewerCode.trimmingCharacters(in: .whitespaces).uppercased()
        try scoringWrite(session, nominationID: nominationID, at: now) { db, context, round, nomination, policy in
            // Rule SEL-02: only the panel scores the interview.
            guard round.panel.contains(where: { $0.workerCode == interviewer }) else {
                throw ValidationError(field: N_("Interviewer"), N_("%@ is not on the interview panel"), interviewer,
                                      rule: "SEL-02")
            }
            try AppDatabase.requirePassedWrittenTest(db, nomination, round: round, policy: policy)
            try db.execute(sql: """
                INSERT INTO selectionInterviewScore (nominationID, interviewerCode, score, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (nominationID, interviewerCode) DO UPDATE SET score = excluded.score,
                    recordedBy = excluded.recordedBy, recordedAt = excluded.recordedAt
                """, arguments: [nominationID, interviewer, score.hundredths, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: round.ref,
                                        detail: "interview \(nomination.workerCode) by \(interviewer): \(score)")
        }
    }

    /// Adds a bonus item of 附表2 with its evidence (SEL-03), for a candidate who passed the written test. Logged.
    @discardableResult
    public func addBonusItem(_ item: BonusItem, nominationID: Int64, as session: Session, at now: Date = Date()) throws
        -> Int64 {
        let item = try item.validated()
        return try scoringWrite(session, nominationID: nominationID, at: now) { db, context, round, nomination, policy in
            try AppDatabase.requirePassedWrittenTest(db, nomination, round: round, policy: policy)
            try db.execute(sql: """
                INSERT INTO selectionBonusItem (nominationID, kind, contribution, subject, evidence, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [nominationID, item.kind.rawValue, item.contribution.rawValue, item.subject, item.evidence,
                                 context.actor.workerCode, AuditTimestamp.format(now)])
            let id = db.lastInsertedRowID
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: round.ref,
                                        detail: "bonus item \(id) for \(nomination.workerCode): \(item.kind.rawValue)")
            return id
        }
    }

    /// Removes a bonus item entered by mistake, before the results are published. Logged.
    public func removeBonusItem(id: Int64, as session: Session, at now: Date = Date()) throws {
        let nominationID = try writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT nominationID FROM selectionBonusItem WHERE id = ?", arguments: [id])
        }
        guard let nominationID else {
            throw ValidationError(field: N_("Bonus item"), N_("there is no bonus item %@"), "\(id)")
        }
        try scoringWrite(session, nominationID: nominationID, at: now) { db, context, round, nomination, _ in
            try db.execute(sql: "DELETE FROM selectionBonusItem WHERE id = ?", arguments: [id])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: round.ref,
                                        detail: "bonus item \(id) of \(nomination.workerCode) removed")
        }
    }

    /// A score entry: after the candidate list's notice, before the results, for a standing candidate.
    private func scoringWrite<T>(_ session: Session, nominationID: Int64, at now: Date,
                                 _ body: (Database, AccessContext, SelectionRound, Nomination, Policy) throws -> T) throws
        -> T {
        try nominationWrite(session, nominationID: nominationID, at: now) { db, context, round, nomination, policy in
            let stage = round.stage(on: CalendarDate.today(now: now), policy: policy)
            guard stage == .scoring else {
                throw ValidationError(field: N_("Scores"), N_("are entered during the tests and interviews, not while “%@”"),
                                      stage.title, rule: "SEL-04")
            }
            guard nomination.status == .standing else {
                throw ValidationError(field: N_("Scores"), N_("%@: %@"), nomination.workerName, nomination.status.title,
                                      rule: "SEL-04")
            }
            return try body(db, context, round, nomination, policy)
        }
    }

    private static func requireScoreRange(_ score: SelectionPoints, field: String) throws {
        guard score >= .zero, score <= SelectionPoints(100) else {
            throw ValidationError(field: field, N_("%@ is not a score out of 100"), score.description, rule: "SEL-02")
        }
    }

    /// Rule SEL-02: below the pass mark, no interview (and so no bonus items).
    private static func requirePassedWrittenTest(_ db: Database, _ nomination: Nomination, round: SelectionRound,
                                                 policy: Policy) throws {
        let sheet = try fetchScoreSheet(db, nomination: nomination, round: round, policy: policy)
        switch sheet.status {
        case .awaitingWrittenTest:
            throw ValidationError(field: N_("Interview score"), N_("enter the written test score first"), rule: "SEL-02")
        case .failedWrittenTest:
            throw ValidationError(field: N_("Interview score"), N_("%@ scored %@ in the written test, below the pass mark of %@"),
                                  nomination.workerName, sheet.written!.description,
                                  "\(policy.selectionWrittenPassMark)", rule: "SEL-02")
        case .awaitingInterview, .interviewIncomplete, .complete: return
        }
    }
}
