import Foundation
import GRDB
import ZhongaiDomain

/// Nominations (报名, SEL-01) and the objections to the candidate list with their second review (SEL-04).
extension AppDatabase {
    /// Nominates an active social worker with the registration form (附表1). Refused, with nothing written: a
    /// round whose candidate list is published, a worker already nominated, a role the post is not chosen from,
    /// and a nominee who is not eligible (SEL-01: the failed condition and its clause named; kept only on the
    /// exceptional route). Logged.
    @discardableResult
    public func nominate(_ draft: NominationDraft, roundID: String, as session: Session, at now: Date = Date())
        throws -> Nomination {
        let draft = try draft.validated()
        return try selectionWrite(session, roundID: roundID, at: now) { db, context, round, policy in
            guard round.candidatesPublishedOn == nil else {
                throw ValidationError(field: N_("Nomination"), N_("the candidate list is already published"),
                                      rule: "SEL-04")
            }
            let worker = try AppDatabase.requireWorker(db, code: draft.workerCode, field: N_("Candidate")).worker
            guard worker.isActive else {
                throw ValidationError(field: N_("Candidate"), N_("%@ is not an active worker"), worker.code)
            }
            // Rule SEL-01: 督导助理 come from the social workers, 见习督导 from the 督导助理 (or, exceptionally, a
            // social worker).
            let allowedRoles: [Role] = round.target == .assistantSupervisor ? [.frontline]
                                                                            : [.assistantSupervisor, .frontline]
            guard allowedRoles.contains(worker.role) else {
                throw ValidationError(field: N_("Candidate"), N_("a %@ is not chosen from among the %@"),
                                      round.target.title, worker.role.title, rule: "SEL-01")
            }
            let already = try Bool.fetchOne(db, sql: """
                SELECT 1 FROM selectionNomination WHERE roundID = ? AND workerCode = ?
                """, arguments: [round.id, worker.code]) ?? false
            guard !already else {
                throw ValidationError(field: N_("Candidate"), N_("%@ is already nominated in this round"), worker.name)
            }
            if draft.source == .colleagues {
                try AppDatabase.requireColleaguesEnough(db, draft.nominatedBy, nominee: worker.code, policy: policy)
            }
            let eligibility = Eligibility(target: round.target, form: draft.form, currentRole: worker.role,
                                          on: round.openedOn, policy: policy)
            try AppDatabase.requireEligible(eligibility, name: worker.name)
            let id = try AppDatabase.insertNomination(db, draft, round: round, role: worker.role,
                                                      route: eligibility.route, by: context.actor.workerCode, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: round.ref,
                                        detail: "nominated \(worker.code) (\(draft.source.rawValue), \(eligibility.route.rawValue))")
            return try AppDatabase.fetchNominations(db, round: round, policy: policy).first { $0.id == id }!
        }
    }

    /// Rule SEL-04: records an objection raised on `date` during the candidate list's week of notice; the
    /// nomination goes to a second review (二次审核). Logged.
    @discardableResult
    public func recordObjection(nominationID: Int64, text: String, on date: CalendarDate, as session: Session,
                                at now: Date = Date()) throws -> Int64 {
        let text = try AppDatabase.requireText(text, field: N_("Objection"))
        return try nominationWrite(session, nominationID: nominationID, at: now) { db, context, round, nomination, policy in
            guard let published = round.candidatesPublishedOn, let lastDay = round.candidatePublicityLastDay(policy: policy),
                  date >= published, date <= lastDay else {
                throw ValidationError(field: N_("Objection"), N_("is raised while the candidate list is on notice"),
                                      rule: "SEL-04")
            }
            guard date <= CalendarDate.today(now: now) else {
                throw ValidationError(field: N_("Objection"), N_("%@ is in the future"), date.description)
            }
            guard nomination.status != .disqualified else {
                throw ValidationError(field: N_("Objection"), N_("%@ is already disqualified"), nomination.workerName,
                                      rule: "SEL-04")
            }
            try db.execute(sql: """
                INSERT INTO selectionObjection (nominationID, raisedOn, text, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [nominationID, date.description, text, context.actor.workerCode, AuditTimestamp.format(now)])
            let id = db.lastInsertedRowID
            try db.execute(sql: "UPDATE selectionNomination SET status = 'underReview' WHERE id = ?",
                           arguments: [nominationID])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: round.ref,
                                        detail: "objection \(id) to \(nomination.workerCode): second review")
            return id
        }
    }

    /// Rule SEL-04: the second review's decision on an objection, taken once: upheld disqualifies the candidate;
    /// dismissed lets them go on once no other objection awaits. A note is required. Logged.
    public func decideObjection(id: Int64, decision: SelectionObjection.Decision, note: String, as session: Session,
                                at now: Date = Date()) throws {
        let note = try AppDatabase.requireText(note, field: N_("Review note"))
        let nominationID = try writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT nominationID FROM selectionObjection WHERE id = ?", arguments: [id])
        }
        guard let nominationID else {
            throw ValidationError(field: N_("Objection"), N_("there is no objection %@"), "\(id)")
        }
        try nominationWrite(session, nominationID: nominationID, at: now) { db, context, round, nomination, _ in
            let pending = try Bool.fetchOne(db, sql: "SELECT decision IS NULL FROM selectionObjection WHERE id = ?",
                                            arguments: [id]) ?? false
            guard pending else {
                throw ValidationError(field: N_("Objection"), N_("is already decided"), rule: "SEL-04")
            }
            try db.execute(sql: """
                UPDATE selectionObjection SET decision = ?, decisionNote = ?, decidedBy = ?, decidedAt = ? WHERE id = ?
                """, arguments: [decision.rawValue, note, context.actor.workerCode, AuditTimestamp.format(now), id])
            let stillPending = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM selectionObjection WHERE nominationID = ? AND decision IS NULL
                """, arguments: [nominationID]) ?? 0
            let status: NominationStatus = decision == .upheld || nomination.status == .disqualified ? .disqualified
                : stillPending > 0 ? .underReview : .standing
            try db.execute(sql: "UPDATE selectionNomination SET status = ? WHERE id = ?",
                           arguments: [status.rawValue, nominationID])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: round.ref,
                                        detail: "objection \(id) \(decision.rawValue): \(nomination.workerCode) \(status.rawValue)")
        }
    }

    /// Rule SEL-01: 社工推荐 (占社工总人数的30%): the recommending colleagues, named by their staff codes, are active
    /// social workers other than the nominee, at least `selection.peer_nomination_percent` of the centre's social
    /// workers (一线社工, 督导助理, 见习督导), rounded up.
    private static func requireColleaguesEnough(_ db: Database, _ nominatedBy: String, nominee: String, policy: Policy)
        throws {
        let field = N_("Recommended by")
        let codes = Set(nominatedBy.uppercased().split(whereSeparator: { ",，、 ;；".contains($0) }).map(String.init))
        let socialWorkers = try String.fetchAll(db, sql: """
            SELECT code FROM worker WHERE isActive AND role IN ('frontline', 'assistantSupervisor', 'traineeSupervisor')
            """)
        if let stranger = codes.first(where: { !socialWorkers.contains($0) || $0 == nominee }) {
            throw ValidationError(field: field, N_("%@ is not a colleague who may recommend"), stranger, rule: "SEL-01")
        }
        let percent = policy.int(.selectionPeerNominationPercent)
        let needed = (socialWorkers.count * percent + 99) / 100
        guard codes.count >= needed else {
            throw ValidationError(field: field,
                                  N_("a colleagues' nomination needs %@ of the %@ social workers (%@); %@ named"),
                                  "\(needed)", "\(socialWorkers.count)", "\(percent)%", "\(codes.count)",
                                  rule: "SEL-01")
        }
    }

    /// Rule SEL-01: refuses a nominee on neither route, naming the first failed condition and its clause.
    private static func requireEligible(_ eligibility: Eligibility, name: String) throws {
        guard eligibility.route == .notEligible else { return }
        let failed = eligibility.failedConditions
        let first = failed.first!
        if failed.count == 1 {
            throw ValidationError(field: N_("Eligibility"), N_("%@ is not eligible: “%@” (%@) is not met"), name,
                                  first.title, first.clause, rule: "SEL-01")
        }
        throw ValidationError(field: N_("Eligibility"), N_("%@ is not eligible: “%@” (%@) and %@ more conditions are not met"),
                              name, first.title, first.clause, "\(failed.count - 1)", rule: "SEL-01")
    }

    private static func insertNomination(_ db: Database, _ draft: NominationDraft, round: SelectionRound, role: Role,
                                         route: EligibilityRoute, by actor: String, at now: Date) throws -> Int64 {
        let form = draft.form
        try db.execute(sql: """
            INSERT INTO selectionNomination (roundID, workerCode, source, nominatedBy, roleAtNomination, education,
                studyField, qualification, continuingEducationMet, registrationValidUntil, supervisorElsewhereYears,
                papersPublished, monographPublished, route, recordedBy, recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [round.id, draft.workerCode, draft.source.rawValue, draft.nominatedBy, role.rawValue,
                             form.education.rawValue, form.studyField.rawValue, form.qualification.rawValue,
                             form.continuingEducationMet, form.registrationValidUntil?.description,
                             form.supervisorElsewhereYears, form.papersPublished, form.monographPublished,
                             route.rawValue, actor, AuditTimestamp.format(now)])
        let id = db.lastInsertedRowID
        for year in form.serviceYears {
            try db.execute(sql: """
                INSERT INTO selectionServiceYear (nominationID, year, daysWorked, daysExcused, assessment)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [id, year.year, year.daysWorked, year.daysExcused, year.assessment?.rawValue])
        }
        return id
    }
}
