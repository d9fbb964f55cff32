import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// 待办: every due and overdue item of every rule with a deadline that the session reaches, soonest first.
    public func dueItems(as session: Session, at now: Date = Date()) throws -> [DueItem] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let today = CalendarDate.today(now: now)
            return try AppDatabase.reportDueItems(db, context: context, today: today)
                + AppDatabase.complaintDueItems(db, context: context, today: today)
                + AppDatabase.checkDueItems(db, context: context, today: today)
                + AppDatabase.archiveDueItems(db, context: context, today: today)
        }
    }
}
