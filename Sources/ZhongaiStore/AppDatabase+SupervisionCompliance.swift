import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The month grid (SUP-02..04): for each supervisor–supervisee pair, the meetings held in `month` against the
    /// minimum owed, as `SupervisionCompliance` works it out from the dated chain. Shows the rows the signed-in
    /// worker leads, attends, or reaches through the access policy (down their chain; all for 服务部). No session
    /// content. Logged as one `list` row.
    public func supervisionCompliance(month: SupervisionMonth, as session: Session, at now: Date = Date()) throws
        -> [ComplianceEntry] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let visible = try AppDatabase.complianceEntries(db, month: month, today: CalendarDate.today(now: now))
                .filter { AppDatabase.mayView($0, context: context) }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "supervisionCompliance \(month): \(visible.count) shown")
            return visible
        }
    }

    /// ROLE-02: the staffing-ratio warnings of the chain in force today. Staffing is no record of anyone's, so any
    /// signed-in worker may see it; nothing is logged.
    public func staffingRatioWarnings(as session: Session, at now: Date = Date()) throws -> [StaffingRatioWarning] {
        try writer.read { db in
            _ = try AppDatabase.accessContext(db, session: session, action: .view)
            let chain = try AppDatabase.fetchSupervisionHistory(db).chain(on: CalendarDate.today(now: now))
            return StaffingRatioWarning.warnings(chain: chain, members: try AppDatabase.fetchSupervisionMembers(db),
                                                 policy: try Policy(entries: AppDatabase.fetchPolicyEntries(db)))
        }
    }

    /// ROLE-03: for each active 督导助理 the signed-in worker reaches (themself, down their chain, or all), the weeks
    /// of `month` with the days they served clients (a service record, consultation or visit they recorded).
    /// Logged as one `list` row.
    public func assistantFrontlineWeeks(month: SupervisionMonth, as session: Session, at now: Date = Date()) throws
        -> [AssistantFrontlineWeek] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let minimum = try Policy(entries: AppDatabase.fetchPolicyEntries(db)).assistantMinFrontlineDaysPerWeek
            let first = month.firstDay.adding(days: 1 - month.firstDay.weekday)
            let last = month.lastDay.adding(days: 7 - month.lastDay.weekday)
            var weeks: [AssistantFrontlineWeek] = []
            for assistant in try AppDatabase.fetchSupervisionMembers(db)
                where assistant.role == .assistantSupervisor && assistant.isActive
                && AppDatabase.reaches(assistant.code, context: context) {
                let dates = try AppDatabase.serviceDates(db, worker: assistant.code, from: first, through: last)
                weeks += AssistantFrontlineWeek.weeks(of: month, workerCode: assistant.code, serviceDates: dates,
                                                      minimumDays: minimum)
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "assistantFrontlineDays \(month): \(weeks.count) weeks")
            return weeks
        }
    }

    /// SUP-06, IND-01: each worker's supervision and training sessions attended in `year`, against the annual
    /// targets, for the workers the signed-in worker reaches. Logged as one `list` row.
    public func supervisionIndicatorCounts(year: Int, as session: Session, at now: Date = Date()) throws
        -> [SupervisionIndicatorCount] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let policy = try Policy(entries: AppDatabase.fetchPolicyEntries(db))
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.workerCode, SUM(s.type <> 'training') AS supervision, SUM(s.type = 'training') AS training
                FROM supervisionParticipant p JOIN supervisionSession s ON s.id = p.sessionID
                WHERE s.heldOn BETWEEN ? AND ?
                GROUP BY p.workerCode
                """, arguments: [String(format: "%04d-01-01", year), String(format: "%04d-12-31", year)])
            var counts: [String: (Int, Int)] = [:]
            for row in rows { counts[row["workerCode"]] = (row["supervision"], row["training"]) }
            let result = try AppDatabase.fetchSupervisionMembers(db)
                .filter { ($0.isActive || counts[$0.code] != nil) && AppDatabase.reaches($0.code, context: context) }
                .filter { $0.role != .administrator }
                .map { member in
                    SupervisionIndicatorCount(workerCode: member.code, workerName: member.name, year: year,
                                              supervisionCount: counts[member.code]?.0 ?? 0,
                                              trainingCount: counts[member.code]?.1 ?? 0,
                                              supervisionTarget: policy.annualSupervisionSessions,
                                              trainingTarget: policy.annualTrainingSessions)
                }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "supervisionIndicators \(year): \(result.count) shown")
            return result
        }
    }

    /// SUP-03, SUP-04: the signed-in 督导助理's report to their supervisor, or 见习督导's to the centre, for `month`,
    /// drafted from the month's records. Logged as an export. Refused for other roles.
    public func supervisionMonthlyReport(month: SupervisionMonth, drafter: SupervisionDocumentDrafter,
                                         as session: Session, at now: Date = Date()) throws -> PrintableDocument {
        try accessTransaction(session, action: .export, at: now) { db, context in
            let me = context.actor.workerCode
            let members = try AppDatabase.fetchSupervisionMembers(db)
            guard let author = members.first(where: { $0.code == me }),
                  author.role == .assistantSupervisor || author.role == .traineeSupervisor else {
                throw ValidationError(field: N_("Report"),
                                      N_("monthly supervision reports are written by assistant and trainee supervisors"),
                                      rule: "SUP-04")
            }
            let today = CalendarDate.today(now: now)
            let history = try AppDatabase.fetchSupervisionHistory(db)
            let supervisor = history.chain(on: SupervisionCompliance.referenceDay(of: month, today: today))
                .supervisorOf[me].flatMap { code in members.first { $0.code == code } }
            let addressee = author.role == .traineeSupervisor
                ? drafter.translate(N_("The centre"))
                : supervisor.map { "\($0.name)（\($0.code)）" } ?? drafter.translate(N_("The centre"))
            let sessions = try AppDatabase.fetchSessionSummaries(db, month: month).map(\.summary)
                .filter { $0.supervisorCode == me }
            let followUps = try AppDatabase.followUpsDue(db, supervisor: me, month: month)
            let chain = history.chain(on: today)
            let warnings = StaffingRatioWarning.warnings(chain: chain, members: members,
                                                         policy: try Policy(entries: AppDatabase.fetchPolicyEntries(db)))
                .filter { $0.supervisorCode == me || $0.supervisorCode.map { chain.isSupervised($0, by: me) } == true }
            let document = drafter.monthlyReport(author: author, addressee: addressee, month: month, sessions: sessions,
                                                 compliance: try AppDatabase.complianceEntries(db, month: month, today: today),
                                                 followUps: followUps, warnings: warnings)
            try AppDatabase.appendAudit(db, at: now, actor: me, action: .export,
                                        detail: "monthly supervision report \(month)")
            return document
        }
    }

    // MARK: Helpers

    static func complianceEntries(_ db: Database, month: SupervisionMonth, today: CalendarDate) throws
        -> [ComplianceEntry] {
        let compliance = SupervisionCompliance(history: try fetchSupervisionHistory(db),
                                               members: try fetchSupervisionMembers(db),
                                               policy: try Policy(entries: fetchPolicyEntries(db)))
        let meetings = try fetchSessionSummaries(db, month: month).map(\.summary).map {
            SupervisionCompliance.Meeting(heldOn: $0.heldOn, supervisorCode: $0.supervisorCode,
                                          superviseeCodes: $0.participants.map(\.workerCode), type: $0.type)
        }
        return compliance.entries(month: month, meetings: meetings, today: today)
    }

    /// A row of the grid is the supervisor's matter and the supervisee's: either may see it, and whoever the
    /// access policy lets view the supervisor's records.
    private static func mayView(_ entry: ComplianceEntry, context: AccessContext) -> Bool {
        reaches(entry.supervisorCode, context: context) || entry.superviseeCode == context.actor.workerCode
    }

    /// Whether the signed-in worker reaches `workerCode`'s records: themself, down their chain, or all.
    static func reaches(_ workerCode: String, context: AccessContext) -> Bool {
        context.allows(.view, on: RecordOwnership(holderCode: workerCode, servicePointID: nil))
    }

    /// The days `worker` served clients from `first` through `last` (ROLE-03).
    private static func serviceDates(_ db: Database, worker: String, from first: CalendarDate,
                                     through last: CalendarDate) throws -> Set<CalendarDate> {
        let texts = try String.fetchAll(db, sql: """
            SELECT servedOn FROM serviceRecord WHERE recordedBy = ?1 AND servedOn BETWEEN ?2 AND ?3
            UNION SELECT contactDate FROM consultationContact WHERE recordedBy = ?1 AND contactDate BETWEEN ?2 AND ?3
            UNION SELECT visitDate FROM visit WHERE recordedBy = ?1 AND visitDate BETWEEN ?2 AND ?3
            """, arguments: [worker, first.description, last.description])
        return Set(try texts.map { try CalendarDate(parsing: $0) })
    }

    /// The follow-ups of sessions `supervisor` led that fall due in `month`.
    private static func followUpsDue(_ db: Database, supervisor: String, month: SupervisionMonth) throws
        -> [SupervisionFollowUp] {
        try Row.fetchAll(db, sql: """
            SELECT f.* FROM supervisionFollowUp f JOIN supervisionSession s ON s.id = f.sessionID
            WHERE s.supervisorCode = ? AND f.dueOn BETWEEN ? AND ? ORDER BY f.dueOn, f.id
            """, arguments: [supervisor, month.firstDay.description, month.lastDay.description]).map { r in
                SupervisionFollowUp(id: r["id"], text: r["text"], dueOn: try CalendarDate(parsing: r["dueOn"]),
                                    action: r["action"], actionBy: r["actionBy"])
            }
    }
}
