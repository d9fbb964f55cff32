import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Saves the 计划书 of a programme (GRP-02), replacing the last version: `edit`, while the plan is being
    /// written (stage `planning`, which a returned plan is back at); logged.
    @discardableResult
    public func savePlan(_ plan: ProgrammePlan, for programmeID: String, as session: Session, at now: Date = Date())
        throws -> ProgrammePlan {
        let valid = try plan.validated()
        return try programmeEdit(programmeID, as: session, at: now) { db, context, programme in
            try AppDatabase.requireStage(programme, in: [.planning], field: N_("Plan"), rule: "GRP-02")
            let json = try AppDatabase.programmeJSON(valid)
            try db.execute(sql: """
                INSERT INTO programmePlan (programmeID, content, updatedBy, updatedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT (programmeID) DO UPDATE SET content = excluded.content, updatedBy = excluded.updatedBy,
                    updatedAt = excluded.updatedAt
                """, arguments: [programmeID, json, context.actor.workerCode, AuditTimestamp.format(now)])
            return ("plan saved", valid)
        }
    }

    /// Sets or clears the registration window (GRP-03: opening between a month and two weeks before the start,
    /// policy values) until the report is submitted: `edit`; logged.
    @discardableResult
    public func setRegistrationWindow(_ window: RegistrationWindow?, for programmeID: String, as session: Session,
                                      at now: Date = Date()) throws -> Programme {
        try programmeEdit(programmeID, as: session, at: now) { db, _, programme in
            try AppDatabase.requireStage(programme, in: [.planning, .planSubmitted, .planApproved],
                                         field: N_("Registration window"), rule: "GRP-03")
            let policy = try Policy(entries: AppDatabase.fetchPolicyEntries(db))
            try window?.validate(startsOn: programme.startsOn, endsOn: programme.endsOn,
                                 earliestMonths: policy.int(.registrationOpensEarliestMonths),
                                 latestWeeks: policy.int(.registrationOpensLatestWeeks))
            try db.execute(sql: "UPDATE programme SET registrationOpensOn = ?, registrationClosesOn = ? WHERE id = ?",
                           arguments: [window?.opensOn.description, window?.closesOn.description, programmeID])
            // Exists: read above.
            return ("registration window \(window.map { "\($0.opensOn)..\($0.closesOn)" } ?? "cleared")",
                    try AppDatabase.fetchProgramme(db, id: programmeID)!)
        }
    }

    /// Records (or replaces) an outing's safety record (GRP-10): the site survey, the vehicles, the guardians'
    /// notice. `edit`, on an outing, until its plan is approved; logged.
    @discardableResult
    public func recordOutingSafety(_ safety: OutingSafety, for programmeID: String, as session: Session,
                                   at now: Date = Date()) throws -> OutingSafety {
        try programmeEdit(programmeID, as: session, at: now) { db, context, programme in
            guard programme.isOuting else {
                throw ValidationError(field: N_("Outing"), N_("%@ is not an outing"), programme.code, rule: "GRP-10")
            }
            try AppDatabase.requireStage(programme, in: [.planning, .planSubmitted], field: N_("Outing"),
                                         rule: "GRP-10")
            let detail = try AppDatabase.programmeDetail(db, programme, today: CalendarDate.today(now: now))
            let valid = try safety.validated(today: CalendarDate.today(now: now), firstDay: detail.firstDay)
            try db.execute(sql: """
                INSERT INTO programmeOuting (programmeID, surveyedOn, surveyor, findings, route, usesVehicles,
                                             guardiansTakeParticipants, guardianNotice, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (programmeID) DO UPDATE SET surveyedOn = excluded.surveyedOn,
                    surveyor = excluded.surveyor, findings = excluded.findings, route = excluded.route,
                    usesVehicles = excluded.usesVehicles, guardiansTakeParticipants = excluded.guardiansTakeParticipants,
                    guardianNotice = excluded.guardianNotice, recordedBy = excluded.recordedBy,
                    recordedAt = excluded.recordedAt
                """, arguments: [programmeID, valid.surveyedOn.description, valid.surveyor, valid.findings,
                                 valid.route, valid.usesVehicles, valid.guardiansTakeParticipants,
                                 valid.guardianNotice, context.actor.workerCode, AuditTimestamp.format(now)])
            try db.execute(sql: "DELETE FROM programmeVehicle WHERE programmeID = ?", arguments: [programmeID])
            for vehicle in valid.vehicles {
                try db.execute(sql: """
                    INSERT INTO programmeVehicle (programmeID, plate, licence, roadworthyConfirmed) VALUES (?, ?, ?, ?)
                    """, arguments: [programmeID, vehicle.plate, vehicle.licence, vehicle.roadworthyConfirmed])
            }
            return ("outing safety recorded", valid)
        }
    }

    /// The holder submits the plan to the supervisor (GRP-02): stage `planning` → `planSubmitted`. Refused when
    /// the plan is missing or incomplete, and when it is already too late for the C1 lead time even if approved
    /// today. Only the holder submits (`edit`, and holding it); logged.
    @discardableResult
    public func submitPlan(programmeID: String, as session: Session, at now: Date = Date()) throws -> ProgrammeReview {
        try programmeEdit(programmeID, as: session, at: now) { db, context, programme in
            try AppDatabase.requireHolder(programme, context: context, field: N_("Plan"), rule: "GRP-02")
            try AppDatabase.requireStage(programme, in: [.planning], field: N_("Plan"), rule: "GRP-01")
            let detail = try AppDatabase.programmeDetail(db, programme, today: CalendarDate.today(now: now))
            guard let plan = detail.plan else {
                throw ValidationError(field: N_("Plan"), N_("write the plan before submitting it"), rule: "GRP-02")
            }
            try plan.requireComplete()
            let today = CalendarDate.today(now: now)
            _ = try PlanLeadTime.check(approvedOn: today, firstDay: detail.firstDay,
                                       calendar: WorkingDayCalendar(schedule: try AppDatabase.fetchHolidaySchedule(db)),
                                       policy: try Policy(entries: AppDatabase.fetchPolicyEntries(db)))
            let review = try AppDatabase.appendReview(db, programme, .plan, .submitted, comment: "", warning: nil,
                                                      by: context.actor.workerCode, to: .planSubmitted, at: now)
            return ("plan submitted", review)
        }
    }

    /// A supervisor approves the submitted plan (GRP-02): `planSubmitted` → `planApproved`. Only a 督导, 见习督导 or
    /// 督导助理 above the holder in the supervision chain, never the holder. Refused below the C1 working-day lead
    /// time (warned, and the warning kept, below two weeks); an outing also needs GRP-10: submitted at least the
    /// policy's days before it starts, with its site survey, vehicles and guardians' notice. Logged.
    @discardableResult
    public func approvePlan(programmeID: String, comment: String = "", as session: Session, at now: Date = Date())
        throws -> ProgrammeReview {
        try programmeDecision(programmeID, .plan, as: session, at: now) { db, programme, detail in
            try AppDatabase.requireStage(programme, in: [.planSubmitted], field: N_("Plan"), rule: "GRP-01")
            let policy = try Policy(entries: AppDatabase.fetchPolicyEntries(db))
            let today = CalendarDate.today(now: now)
            let lead = try PlanLeadTime.check(approvedOn: today, firstDay: detail.firstDay,
                                              calendar: WorkingDayCalendar(schedule: try AppDatabase.fetchHolidaySchedule(db)),
                                              policy: policy)
            if programme.isOuting {
                try OutingSafety.requireApprovable(detail.outing, submittedOn: detail.lastSubmission(of: .plan),
                                                   firstDay: detail.firstDay,
                                                   leadDays: policy.int(.outingApplicationLeadDays))
            }
            return (.approved, comment, lead.warning, .planApproved)
        }
    }

    /// A supervisor returns the submitted plan with a comment (GRP-02): back to `planning` for the holder to
    /// revise. The same approvers as `approvePlan`; logged.
    @discardableResult
    public func returnPlan(programmeID: String, comment: String, as session: Session, at now: Date = Date()) throws
        -> ProgrammeReview {
        let text = try AppDatabase.requireText(comment, field: N_("Comment"))
        return try programmeDecision(programmeID, .plan, as: session, at: now) { _, programme, _ in
            try AppDatabase.requireStage(programme, in: [.planSubmitted], field: N_("Plan"), rule: "GRP-01")
            return (.returned, text, nil, .planning)
        }
    }

    // MARK: Shared by the programme's edits and decisions

    /// One `edit` of a programme as a transaction: authorized, `body` applied, logged with what `body` says.
    func programmeEdit<T>(_ programmeID: String, as session: Session, at now: Date,
                          _ body: (Database, AccessContext, Programme) throws -> (String, T)) throws -> T {
        let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let programme = try AppDatabase.requireProgramme(db, id: programmeID, context: context, for: .edit)
            let (detail, value) = try body(db, context, programme)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: detail)
            return value
        }
    }

    /// A supervisor's decision on a programme's plan or report: `approve` on the programme, by a 督导, 见习督导 or
    /// 督导助理 above the holder in the chain and never the holder (GRP-02, GRP-06; the CASE-02 pattern). `body`
    /// checks and names the event, comment, warning and the stage it leads to; the review is appended and logged.
    func programmeDecision(_ programmeID: String, _ document: ProgrammeDocument, as session: Session, at now: Date,
                           _ body: (Database, Programme, ProgrammeDetail) throws
                               -> (ProgrammeReviewEvent, String, ValidationError?, ProgrammeStage)) throws
        -> ProgrammeReview {
        let ref = ProtectedRecordRef(kind: .programme, id: programmeID)
        let rule = document == .plan ? "GRP-02" : "GRP-06"
        return try accessTransaction(session, action: .approve, record: ref, at: now) { db, context in
            let programme = try AppDatabase.requireProgramme(db, id: programmeID, context: context, for: .approve)
            guard programme.holderCode != context.actor.workerCode else {
                throw ValidationError(field: N_("Approver"), N_("nobody approves their own plan or report"), rule: rule)
            }
            guard AppDatabase.isChainSupervisor(context, of: programme.holderCode) else {
                throw ValidationError(field: N_("Approver"),
                                      N_("only a supervisor of %@ in the supervision chain decides this"),
                                      programme.holderCode, rule: rule)
            }
            let detail = try AppDatabase.programmeDetail(db, programme, today: CalendarDate.today(now: now))
            let (event, comment, warning, stage) = try body(db, programme, detail)
            let review = try AppDatabase.appendReview(db, programme, document, event,
                                                      comment: comment.trimmingCharacters(in: .whitespacesAndNewlines),
                                                      warning: warning, by: context.actor.workerCode, to: stage,
                                                      at: now)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode,
                                        action: event == .approved ? .approve : .revisionRequested, record: ref,
                                        detail: "\(document.rawValue) \(event.rawValue)")
            return review
        }
    }

    /// Rule GRP-02: the holder submits the programme's documents.
    static func requireHolder(_ programme: Programme, context: AccessContext, field: String, rule: String) throws {
        guard programme.holderCode == context.actor.workerCode else {
            throw ValidationError(field: field, N_("only its holder %@ submits it"), programme.holderCode, rule: rule)
        }
    }

    /// Appends a review event and moves the programme to `stage` (GRP-01).
    static func appendReview(_ db: Database, _ programme: Programme, _ document: ProgrammeDocument,
                             _ event: ProgrammeReviewEvent, comment: String, warning: ValidationError?,
                             by actor: String, to stage: ProgrammeStage, at now: Date) throws -> ProgrammeReview {
        let today = CalendarDate.today(now: now)
        let review = ProgrammeReview(document: document, event: event, comment: comment,
                                     warning: warning?.description ?? "", actorCode: actor, recordedAt: now,
                                     recordedOn: today)
        try db.execute(sql: """
            INSERT INTO programmeReview (programmeID, document, event, comment, warning, actorCode, recordedAt,
                                         recordedOn)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [programme.id, document.rawValue, event.rawValue, comment, review.warning, actor,
                             AuditTimestamp.format(now), today.description])
        try db.execute(sql: "UPDATE programme SET stage = ? WHERE id = ?", arguments: [stage.rawValue, programme.id])
        return review
    }

    /// A domain value as the JSON text stored for it.
    static func programmeJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func programmeJSONValue<T: Decodable>(_ type: T.Type, _ text: String?) throws -> T? {
        guard let text else { return nil }
        return try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
