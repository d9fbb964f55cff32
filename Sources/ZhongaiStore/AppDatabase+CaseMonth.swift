import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule CASE-15: the cases the session may view counted for the month `month` of `year` — opened, closed and
    /// referred in it, and still open at its end — for the monthly report. Access is applied in SQL; logged once as
    /// a `list`. Refuses a month that does not exist.
    public func caseMonthFigures(year: Int, month: Int, as session: Session, at now: Date = Date()) throws
        -> CaseMonthFigures {
        let first = try CalendarDate(year: year, month: month, day: 1).description
        let next = try CalendarDate(year: year, month: month, day: 1).adding(months: 1).description
        return try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let visible = context.recordCondition(.view)
            let row = try AppDatabase.caseFigures(db, from: first, before: next, where: visible)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "case month figures \(year)-\(month)")
            return CaseMonthFigures(year: year, month: month, opened: row["opened"], closed: row["closed"],
                                    referred: row["referred"], openAtMonthEnd: row["openAtEnd"])
        }
    }

    /// CASE-15's four counts of the cases matching `condition` (over caseFile joined to protectedRecord): opened,
    /// closed and referred from `first` up to `next` (excluded), and still open before `next`.
    static func caseFigures(_ db: Database, from first: String, before next: String,
                            where condition: (sql: String, arguments: StatementArguments)) throws -> Row {
        // Dates are stored as YYYY-MM-DD, so comparing the text compares the days.
        try Row.fetchOne(db, sql: """
            SELECT
                COALESCE(SUM(caseFile.openedOn >= ? AND caseFile.openedOn < ?), 0) AS opened,
                COALESCE(SUM(caseFile.state = 'closed' AND caseFile.closedOn >= ? AND caseFile.closedOn < ?), 0)
                    AS closed,
                COALESCE(SUM(caseFile.state = 'referred' AND caseFile.closedOn >= ? AND caseFile.closedOn < ?), 0)
                    AS referred,
                COALESCE(SUM(caseFile.openedOn < ? AND (caseFile.closedOn IS NULL OR caseFile.closedOn >= ?)), 0)
                    AS openAtEnd
            FROM caseFile JOIN protectedRecord ON protectedRecord.id = caseFile.id
            WHERE \(condition.sql)
            """, arguments: [first, next, first, next, first, next, next, next] + condition.arguments)!
    }
}
