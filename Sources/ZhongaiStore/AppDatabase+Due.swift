import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// 待办: every open item of every rule with a deadline that the session reaches, most urgent first (see
    /// `DueBoard.sorted`), narrowed to `scope` (the worker's own, their team's down the supervision chain, or all).
    /// One transaction; logged as one `list` row, whatever the sources read.
    public func dueItems(as session: Session, scope: DueScope = .all, at now: Date = Date()) throws -> [DueItem] {
        try dueBoard(session, at: now) { _, context, items in
            let me = context.actor.workerCode
            return DueBoard.narrowed(items, to: scope, for: me) { context.policy.chain.isSupervised($0, by: me) }
        }
    }

    /// The items owed by one worker in the session's reach (the signed-in worker, or one their role reaches: down
    /// their chain, or anyone for 服务部 and the chair). A code that names nobody, or somebody out of reach, is
    /// refused alike, so a guess learns nothing.
    public func dueItems(for workerCode: String, as session: Session, at now: Date = Date()) throws -> [DueItem] {
        let code = workerCode.trimmingCharacters(in: .whitespaces).uppercased()
        return try dueBoard(session, at: now) { db, context, items in
            let worker = try WorkerRecord.fetchOne(db, key: code)?.worker
            let reached = worker.map {
                $0.code == context.actor.workerCode
                    || context.allows(.view, on: RecordOwnership(holderCode: $0.code, servicePointID: $0.servicePointID))
            } ?? false
            guard reached else {
                throw ValidationError(field: N_("Worker"), N_("%@ is not a worker whose due items you may see"), code,
                                      rule: "CONF-02")
            }
            return items.filter { $0.ownerCode == code }
        }
    }

    /// Gathers every source in one transaction, sorts, lets `narrow` choose, and logs the one `list` row.
    private func dueBoard(_ session: Session, at now: Date,
                          _ narrow: (Database, AccessContext, [DueItem]) throws -> [DueItem]) throws -> [DueItem] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let today = CalendarDate.today(now: now)
            let all = try AppDatabase.caseDueItems(db, context: context, today: today)
                + AppDatabase.approvalDueItems(db, context: context, today: today)
                + AppDatabase.supervisionDueItems(db, context: context, today: today)
                + AppDatabase.programmeDueItems(db, context: context, today: today)
                + AppDatabase.safetyDueItems(db, context: context, today: today)
                + AppDatabase.selectionDueItems(db, context: context, today: today)
                + AppDatabase.reportDueItems(db, context: context, today: today)
                + AppDatabase.complaintDueItems(db, context: context, today: today)
                + AppDatabase.checkDueItems(db, context: context, today: today)
                + AppDatabase.archiveDueItems(db, context: context, today: today)
                + AppDatabase.backupDueItems(db, context: context, now: now)
            let names = try Dictionary(Row.fetchAll(db, sql: "SELECT code, name FROM worker").map {
                (($0["code"] as String), ($0["name"] as String))
            }, uniquingKeysWith: { first, _ in first })
            let shown = try narrow(db, context, DueBoard.sorted(all.map { item in
                var named = item
                named.ownerName = names[item.ownerCode] ?? ""
                return named
            }))
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "due board: \(shown.count) shown")
            return shown
        }
    }

    /// The clause of a policy key, as the policy table cites it, for an item's clauses.
    static func clauses(_ keys: [PolicyKey], in entries: [PolicyEntry]) -> [String] {
        keys.compactMap { key in entries.first { $0.key == key }?.clause }
    }
}
