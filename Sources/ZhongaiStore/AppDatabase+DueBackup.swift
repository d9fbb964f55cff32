import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The scheduled backup reaches a person (issue 9): for each worker allowed `manageReferenceData`, an item when
    /// the last run failed (定时备份失败, with the error) and one when the schedule is on and no backup succeeded for
    /// twice its period (定时备份已逾期). Reads only.
    static func backupDueItems(_ db: Database, context: AccessContext, now: Date) throws -> [DueItem] {
        guard context.policy.decide(.manageReferenceData, on: nil, by: context.actor).isAllowed,
              let plan = try backupPlan(db), plan.schedule.isOn else { return [] }
        let me = context.actor.workerCode
        let subject = DueSubject(kind: .backup, id: String(plan.id))
        let lastOk = try lastRunStarted(db, plan.id, outcome: .ok)
        // The backup that failed was due one period after the last good one, or when the schedule was set.
        let period = Double(plan.schedule.everyHours ?? 0) * 3600
        let since = lastOk ?? plan.schedule.setAt
        var items: [DueItem] = []
        if let last = try backupRuns(db, of: plan.id, limit: 1).first, last.outcome == .failed {
            items.append(DueItem(rule: "—", title: N_("Scheduled backup failed"), detail: last.message,
                                 subject: subject, ownerCode: me,
                                 dueOn: CalendarDate.today(now: lastOk.map { $0 + period } ?? plan.schedule.setAt),
                                 status: .overdue))
        }
        if plan.schedule.isOverdue(at: now, lastOk: lastOk) {
            items.append(DueItem(rule: "—", title: N_("Scheduled backup overdue"),
                                 detail: plan.schedule.folder ?? "", subject: subject, ownerCode: me,
                                 dueOn: CalendarDate.today(now: since + 2 * period), status: .overdue))
        }
        return items
    }
}
