import Foundation
import GRDB
import ZhongaiDomain

/// Who runs a selection round: it changes who supervises whom in 人员与服务点, so it is a directory matter. The
/// permission table's `manageDirectory` (行政人事部, 系统管理员) opens rounds and enters nominations, objections
/// and scores; whoever may `view` the round record (理事长, 副理事长, 服务部: all records) reads it. The
/// promotion itself goes through `updateWorker`, which asks `manageAccounts` for a change of role.
extension AccessContext {
    var mayRunSelection: Bool { policy.decide(.manageDirectory, on: nil, by: actor).isAllowed }

    /// Allows reading `round` to those who run rounds and those who may view it; else `AccessDenied` (logged).
    func authorizeSelectionRead(_ db: Database, _ round: ProtectedRecordRef) throws {
        if mayRunSelection { return }
        try authorize(db, .view, round)
    }
}

extension AppDatabase {
    /// One write of a selection round: needs `manageDirectory`; a round that does not exist is refused.
    func selectionWrite<T>(_ session: Session, roundID: String, at now: Date,
                           _ body: (Database, AccessContext, SelectionRound, Policy) throws -> T) throws -> T {
        let ref = ProtectedRecordRef(kind: .selectionRound, id: roundID)
        return try accessTransaction(session, action: .manageDirectory, record: ref, at: now) { db, context in
            try context.authorize(db, .manageDirectory)
            let round = try AppDatabase.requireSelectionRound(db, id: roundID)
            return try body(db, context, round, try AppDatabase.selectionPolicy(db))
        }
    }

    /// As `selectionWrite`, for a nomination: its round is found from it.
    func nominationWrite<T>(_ session: Session, nominationID: Int64, at now: Date,
                            _ body: (Database, AccessContext, SelectionRound, Nomination, Policy) throws -> T) throws -> T {
        let roundID = try writer.read { db in
            try String.fetchOne(db, sql: "SELECT roundID FROM selectionNomination WHERE id = ?", arguments: [nominationID])
        }
        guard let roundID else {
            throw ValidationError(field: N_("Nomination"), N_("there is no nomination %@"), "\(nominationID)")
        }
        return try selectionWrite(session, roundID: roundID, at: now) { db, context, round, policy in
            let nomination = try AppDatabase.fetchNominations(db, round: round, policy: policy)
                .first { $0.id == nominationID }!
            return try body(db, context, round, nomination, policy)
        }
    }

    static func selectionPolicy(_ db: Database) throws -> Policy {
        try Policy(entries: fetchPolicyEntries(db))
    }

    static func requireSelectionRound(_ db: Database, id: String) throws -> SelectionRound {
        guard let round = try fetchSelectionRound(db, id: id) else {
            throw ValidationError(field: N_("Selection round"), N_("there is no round “%@”"), id)
        }
        return round
    }

    static func fetchSelectionRound(_ db: Database, id: String) throws -> SelectionRound? {
        try fetchSelectionRounds(db, where: "r.id = ?", [id]).first
    }

    static func fetchSelectionRounds(_ db: Database, where condition: String = "1", _ arguments: StatementArguments = [])
        throws -> [SelectionRound] {
        try Row.fetchAll(db, sql: "SELECT r.* FROM selectionRound r WHERE \(condition) ORDER BY r.openedOn DESC, r.openedAt DESC",
                         arguments: arguments).map { row in
            let id: String = row["id"]
            let panel = try Row.fetchAll(db, sql: """
                SELECT p.workerCode, w.name FROM selectionPanelMember p JOIN worker w ON w.code = p.workerCode
                WHERE p.roundID = ? ORDER BY p.rowid
                """, arguments: [id]).map { PanelMember(workerCode: $0["workerCode"], name: $0["name"]) }
            return SelectionRound(id: id, title: row["title"], target: SelectionTarget(rawValue: row["target"])!,
                                  openedOn: try CalendarDate(parsing: row["openedOn"]),
                                  writtenTestOn: try selectionDate(row["writtenTestOn"]), interviewOn: try selectionDate(row["interviewOn"]),
                                  panel: panel, candidatesPublishedOn: try selectionDate(row["candidatesPublishedOn"]),
                                  resultsPublishedOn: try selectionDate(row["resultsPublishedOn"]), openedBy: row["openedBy"])
        }
    }

    private static func selectionDate(_ text: String?) throws -> CalendarDate? {
        guard let text else { return nil }
        return try CalendarDate(parsing: text)
    }

    static func fetchNominations(_ db: Database, round: SelectionRound, policy: Policy) throws -> [Nomination] {
        try Row.fetchAll(db, sql: """
            SELECT n.*, w.name AS workerName FROM selectionNomination n JOIN worker w ON w.code = n.workerCode
            WHERE n.roundID = ? ORDER BY n.id
            """, arguments: [round.id]).map { row in
            let id: Int64 = row["id"]
            let years = try Row.fetchAll(db, sql: """
                SELECT * FROM selectionServiceYear WHERE nominationID = ? ORDER BY year DESC
                """, arguments: [id]).map {
                ServiceYear(year: $0["year"], daysWorked: $0["daysWorked"], daysExcused: $0["daysExcused"],
                            assessment: ($0["assessment"] as String?).flatMap(AnnualAssessment.init(rawValue:)))
            }
            let form = RegistrationForm(
                education: EducationLevel(rawValue: row["education"])!, studyField: StudyField(rawValue: row["studyField"])!,
                qualification: SocialWorkQualification(rawValue: row["qualification"])!,
                continuingEducationMet: row["continuingEducationMet"],
                registrationValidUntil: try selectionDate(row["registrationValidUntil"]), serviceYears: years,
                supervisorElsewhereYears: row["supervisorElsewhereYears"], papersPublished: row["papersPublished"],
                monographPublished: row["monographPublished"])
            let eligibility = Eligibility(target: round.target, form: form, currentRole: Role(rawValue: row["roleAtNomination"])!,
                                          on: round.openedOn, policy: policy)
            return Nomination(id: id, roundID: round.id, workerCode: row["workerCode"], workerName: row["workerName"],
                              source: NominationSource(rawValue: row["source"])!, nominatedBy: row["nominatedBy"],
                              form: form, eligibility: eligibility, status: NominationStatus(rawValue: row["status"])!,
                              promotedOn: try selectionDate(row["promotedOn"]))
        }
    }

    static func fetchScoreSheet(_ db: Database, nomination: Nomination, round: SelectionRound, policy: Policy) throws
        -> ScoreSheet {
        let written = try Int.fetchOne(db, sql: "SELECT writtenScore FROM selectionNomination WHERE id = ?",
                                       arguments: [nomination.id])
        let interviews = try Row.fetchAll(db, sql: """
            SELECT s.interviewerCode, w.name, s.score FROM selectionInterviewScore s
            JOIN worker w ON w.code = s.interviewerCode WHERE s.nominationID = ? ORDER BY s.rowid
            """, arguments: [nomination.id]).map {
            InterviewScore(interviewerCode: $0["interviewerCode"], interviewerName: $0["name"],
                           score: SelectionPoints(hundredths: $0["score"]))
        }
        let items = try Row.fetchAll(db, sql: "SELECT * FROM selectionBonusItem WHERE nominationID = ? ORDER BY id",
                                     arguments: [nomination.id]).compactMap { row -> BonusItem? in
            // Items of a kind a newer program wrote are left out.
            guard let kind = BonusItemKind(rawValue: row["kind"]) else { return nil }
            return BonusItem(id: row["id"], kind: kind, contribution: BonusContribution(rawValue: row["contribution"])!,
                             subject: row["subject"], evidence: row["evidence"])
        }
        return ScoreSheet(nominationID: nomination.id, workerCode: nomination.workerCode,
                          workerName: nomination.workerName, written: written.map(SelectionPoints.init(hundredths:)),
                          interviews: interviews, panelSize: round.panel.count, bonusItems: items, policy: policy)
    }

    static func fetchSelectionDetail(_ db: Database, round: SelectionRound, today: CalendarDate) throws
        -> SelectionRoundDetail {
        let policy = try selectionPolicy(db)
        let nominations = try fetchNominations(db, round: round, policy: policy)
        let objections = try Row.fetchAll(db, sql: """
            SELECT o.* FROM selectionObjection o JOIN selectionNomination n ON n.id = o.nominationID
            WHERE n.roundID = ? ORDER BY o.id
            """, arguments: [round.id]).map { row in
            SelectionObjection(id: row["id"], nominationID: row["nominationID"],
                               raisedOn: try CalendarDate(parsing: row["raisedOn"]), text: row["text"],
                               decision: (row["decision"] as String?).flatMap(SelectionObjection.Decision.init(rawValue:)),
                               decisionNote: row["decisionNote"])
        }
        let sheets = try nominations.filter { $0.status != .disqualified }.map {
            try fetchScoreSheet(db, nomination: $0, round: round, policy: policy)
        }
        return SelectionRoundDetail(round: round, stage: round.stage(on: today, policy: policy), nominations: nominations,
                                    objections: objections, ranking: SelectionRanking.rank(sheets),
                                    deadlines: round.deadlines(policy: policy))
    }
}
