import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Monthly reports and summaries (CHK-01, CHK-03, ARC-07): the items of the due board the session reaches —
    /// the reports owed by every active worker with a post whose records the session may view (missing ones too,
    /// keyed "CODE:PERIOD"), and the submitted reports waiting for the signed-in supervisor. No audit row.
    static func reportDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        let entries = try fetchPolicyEntries(db)
        let policy = try Policy(entries: entries)
        let deadlines = WorkReportDeadlines(
            calendar: WorkingDayCalendar(schedule: try fetchHolidaySchedule(db)),
            monthlyDueDay: policy.int(.monthlyDocumentsDueDay), dueSoonDays: policy.deadlineDueSoonDays,
            arc07Clause: clauses([.monthlyDocumentsDueDay], in: entries).first ?? "")
        let workers = try WorkerRecord.fetchAll(db).map(\.worker).filter { worker in
            worker.isActive && worker.postType != nil
                && (worker.code == context.actor.workerCode
                    || context.allows(.view, on: RecordOwnership(holderCode: worker.code,
                                                                 servicePointID: worker.servicePointID)))
        }
        let me = context.actor.workerCode
        let reports = try Row.fetchAll(db, sql: """
            SELECT workReport.id, workReport.workerCode, worker.name, workReport.period, workReport.state,
                   workReport.reviewerCode
            FROM workReport JOIN worker ON worker.code = workReport.workerCode
            WHERE workReport.state = 'draft' OR (workReport.state = 'submitted' AND workReport.reviewerCode = ?)
               OR workReport.period >= ?
            """, arguments: [me, String(today.year - 1)]).compactMap { row -> WorkReportDueFacts? in
                guard let period = try? WorkReportPeriod(parsing: row["period"]),
                      let state = WorkReportState(rawValue: row["state"]) else { return nil }
                return WorkReportDueFacts(id: row["id"], workerCode: row["workerCode"], workerName: row["name"],
                                          period: period, state: state, reviewerCode: row["reviewerCode"])
            }
        // A report whose day passed before its worker began to use the workbench (their account was made) was
        // handed in on paper: it is not asked for again. Without an account nothing past is asked for.
        let began = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT workerCode, createdAt FROM account")
            .compactMap { row -> (String, CalendarDate)? in
                guard let day = try? CalendarDate(parsing: String((row["createdAt"] as String).prefix(10))) else { return nil }
                return (row["workerCode"], day)
            })
        return deadlines.items(workers: workers.map { ($0.code, $0.name) }, reports: reports, viewer: me, today: today)
            .filter { item in
                guard item.subject.id.hasPrefix(item.ownerCode + ":"), let day = item.overdueAfter ?? item.dueOn else {
                    return true
                }
                return day >= (began[item.ownerCode] ?? today)
            }
    }
}
