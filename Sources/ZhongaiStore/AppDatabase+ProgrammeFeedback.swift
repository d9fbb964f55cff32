import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Records a participant's 参加者意见表 (GRP-05): `edit` on the programme, once per participant (registration),
    /// from the day of the last session while the report is not yet submitted; never changed afterwards. Logged
    /// (by ids). The kiosk fills it the same way.
    @discardableResult
    public func recordFeedback(_ draft: FeedbackDraft, in programmeID: String, as session: Session,
                               at now: Date = Date()) throws -> ParticipantFeedback {
        let today = CalendarDate.today(now: now)
        let valid = try draft.validated(today: today)
        return try programmeEdit(programmeID, as: session, at: now) { db, context, programme in
            guard programme.stage == .planApproved else {
                throw ValidationError(field: N_("Feedback"),
                                      N_("feedback is collected while the programme runs, before its report is submitted (now “%@”)"),
                                      programme.stage.title, rule: "GRP-05")
            }
            let detail = try AppDatabase.programmeDetail(db, programme, today: today)
            guard valid.filledOn >= detail.lastDay else {
                throw ValidationError(field: N_("Filled on"),
                                      N_("%@ is before the last session (%@): the form is given at the last session"),
                                      valid.filledOn.description, detail.lastDay.description, rule: "GRP-05")
            }
            guard detail.registrations.contains(where: { $0.id == valid.registrationID }) else {
                throw ValidationError(field: N_("Participant"), N_("%@ is not registered for %@"),
                                      valid.registrationID, programme.code, rule: "GRP-05")
            }
            guard !detail.feedback.contains(where: { $0.registrationID == valid.registrationID }) else {
                throw ValidationError(field: N_("Participant"), N_("this participant's feedback form is already recorded"),
                                      rule: "GRP-05")
            }
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO programmeFeedback (id, programmeID, registrationID, comments, filledOn, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, programmeID, valid.registrationID, valid.comments, valid.filledOn.description,
                                 context.actor.workerCode, AuditTimestamp.format(now)])
            for item in FeedbackItem.allCases {
                try db.execute(sql: "INSERT INTO programmeFeedbackScore (feedbackID, item, score) VALUES (?, ?, ?)",
                               arguments: [id, item.rawValue, valid.scores[item]])
            }
            let feedback = ParticipantFeedback(id: id, registrationID: valid.registrationID, scores: valid.scores,
                                               comments: valid.comments, filledOn: valid.filledOn,
                                               recordedBy: context.actor.workerCode)
            return ("feedback \(id) from registration \(valid.registrationID)", feedback)
        }
    }

    /// The satisfaction of a programme per item against the IND-02 threshold (policy), without any participant's
    /// name or comment: `view`, logged.
    public func programmeSatisfaction(id: String, as session: Session, at now: Date = Date()) throws
        -> SatisfactionSummary {
        let ref = ProtectedRecordRef(kind: .programme, id: id)
        return try accessTransaction(session, action: .view, record: ref, at: now) { db, context in
            _ = try AppDatabase.requireProgramme(db, id: id, context: context, for: .view)
            let policy = try Policy(entries: AppDatabase.fetchPolicyEntries(db))
            let summary = SatisfactionSummary(feedback: try AppDatabase.fetchFeedback(db, programmeID: id),
                                              thresholdPercent: policy.satisfactionMinPercent)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref,
                                        detail: "satisfaction")
            return summary
        }
    }

    /// Rule IND-05: how the programme counts, from the distinct people signed in across its sessions and the
    /// shortest session. `view`, logged.
    public func programmeClassification(id: String, as session: Session, at now: Date = Date()) throws
        -> ProgrammeClassification {
        let ref = ProtectedRecordRef(kind: .programme, id: id)
        return try accessTransaction(session, action: .view, record: ref, at: now) { db, context in
            let programme = try AppDatabase.requireProgramme(db, id: id, context: context, for: .view)
            let minutes = try Int.fetchAll(db, sql: "SELECT durationMinutes FROM programmeSession WHERE programmeID = ?",
                                           arguments: [id])
            let result = ProgrammeClassification.classify(
                kind: programme.kind, participants: try AppDatabase.fetchParticipantCount(db, programmeID: id),
                sessionMinutes: minutes, policy: try Policy(entries: AppDatabase.fetchPolicyEntries(db)))
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref,
                                        detail: "classification")
            return result
        }
    }
}
