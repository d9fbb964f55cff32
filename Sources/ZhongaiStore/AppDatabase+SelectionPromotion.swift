import Foundation
import GRDB
import ZhongaiDomain

/// Applying a round's result to 人员与服务点: the candidate's new role and supervisor, through `updateWorker`
/// (which asks `manageAccounts` for a change of role and logs it), with ROLE-02's ratios checked and warned about.
extension AppDatabase {
    /// Rule ROLE-02: the staffing ratios as they would be after promoting the nomination's candidate.
    public func staffingCheck(nominationID: Int64, as session: Session) throws -> StaffingRatioCheck {
        try writer.read { db in
            let context = try AppDatabase.accessContext(db, session: session, action: .manageDirectory)
            try context.authorize(db, .manageDirectory)
            let (round, nomination) = try AppDatabase.requireNomination(db, id: nominationID)
            return try AppDatabase.staffingCheck(db, promoting: nomination.workerCode, to: round.target.role)
        }
    }

    /// Promotes a ranked candidate once the results' two weeks of notice are over (SEL-04), optionally under a new
    /// supervisor. Refused, with nothing changed: a round not concluded, a candidate without a total or
    /// disqualified, one already promoted or whose role changed since the nomination. The role change itself is
    /// applied as `updateWorker` applies it (it needs `manageAccounts`) in the transaction that records the promotion.
    /// Returns the ROLE-02 check, whose warnings the caller shows.
    @discardableResult
    public func confirmPromotion(nominationID: Int64, supervisorCode: String?, as session: Session,
                                 at now: Date = Date()) throws -> StaffingRatioCheck {
        try accessTransaction(session, action: .manageDirectory, at: now) { db, context in
            try context.authorize(db, .manageDirectory)
            let (round, nomination) = try AppDatabase.requireNomination(db, id: nominationID)
            let policy = try AppDatabase.selectionPolicy(db)
            try AppDatabase.requirePromotable(db, nomination, round: round, policy: policy, now: now)
            let worker = try AppDatabase.requireWorker(db, code: nomination.workerCode, field: N_("Candidate")).worker
            let check = try AppDatabase.staffingCheck(db, promoting: worker.code, to: round.target.role)
            var promoted = worker
            promoted.role = round.target.role
            if let supervisorCode {
                let code = supervisorCode.trimmingCharacters(in: .whitespaces).uppercased()
                promoted.supervisorCode = code.isEmpty ? nil : code
            }
            // One transaction: the role change (which needs manageAccounts) and the promotion's record land together.
            _ = try AppDatabase.applyWorkerUpdate(db, promoted, context: context, at: now)
            try db.execute(sql: "UPDATE selectionNomination SET promotedOn = ? WHERE id = ?",
                           arguments: [CalendarDate.today(now: now).description, nominationID])
            let warnings = check.warnings.map(\.description).joined(separator: "; ")
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: round.ref,
                                        detail: "promoted \(worker.code) to \(round.target.rawValue)"
                                            + (warnings.isEmpty ? "" : " (ROLE-02: \(warnings))"))
            return check
        }
    }

    static func requireNomination(_ db: Database, id: Int64) throws -> (SelectionRound, Nomination) {
        guard let roundID = try String.fetchOne(db, sql: "SELECT roundID FROM selectionNomination WHERE id = ?",
                                                arguments: [id]) else {
            throw ValidationError(field: N_("Nomination"), N_("there is no nomination %@"), "\(id)")
        }
        let round = try requireSelectionRound(db, id: roundID)
        let nomination = try fetchNominations(db, round: round, policy: selectionPolicy(db)).first { $0.id == id }!
        return (round, nomination)
    }

    private static func requirePromotable(_ db: Database, _ nomination: Nomination, round: SelectionRound,
                                          policy: Policy, now: Date) throws {
        let field = N_("Promotion")
        let stage = round.stage(on: CalendarDate.today(now: now), policy: policy)
        guard stage == .concluded else {
            throw ValidationError(field: field, N_("waits for the results' public notice to end (now: “%@”)"),
                                  stage.title, rule: "SEL-04")
        }
        guard nomination.promotedOn == nil else {
            throw ValidationError(field: field, N_("%@ is already promoted"), nomination.workerName)
        }
        guard nomination.status == .standing,
              try fetchScoreSheet(db, nomination: nomination, round: round, policy: policy).total != nil else {
            throw ValidationError(field: field, N_("%@ has no total in this round"), nomination.workerName, rule: "SEL-02")
        }
        let role = try String.fetchOne(db, sql: "SELECT role FROM worker WHERE code = ?", arguments: [nomination.workerCode])
        let atNomination = try String.fetchOne(db, sql: "SELECT roleAtNomination FROM selectionNomination WHERE id = ?",
                                               arguments: [nomination.id])
        guard role == atNomination else {
            throw ValidationError(field: field, N_("%@'s role changed since the nomination"), nomination.workerName)
        }
    }

    static func staffingCheck(_ db: Database, promoting code: String, to role: Role) throws -> StaffingRatioCheck {
        let roles = try String.fetchAll(db, sql: "SELECT role FROM worker WHERE isActive").compactMap(Role.init(rawValue:))
        let from = try String.fetchOne(db, sql: "SELECT role FROM worker WHERE code = ?", arguments: [code])
            .flatMap(Role.init(rawValue:)) ?? .frontline
        return StaffingRatioCheck(roles: roles, promoting: from, to: role, policy: try selectionPolicy(db))
    }
}
