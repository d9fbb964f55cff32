import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The published holiday calendar as stored (CASE-06).
    public func holidaySchedule() throws -> HolidaySchedule {
        try writer.read { db in try AppDatabase.fetchHolidaySchedule(db) }
    }

    /// Adds the years of a holiday file (the format of data/holidays.txt) in one transaction: typically next
    /// year's schedule, once the State Council has published it.
    ///
    /// A year already stored is skipped when the file gives it the same days, and refused when the days differ,
    /// unless `replacingExisting` (a correction of a published year); a malformed file is refused with its line
    /// number. Either way a refusal changes nothing. Returns the years added or replaced.
    ///
    /// With a session, needs `manageReferenceData`. An import that adds or replaces years is logged in one row
    /// naming them; one that changes nothing is not.
    @discardableResult
    public func importHolidays(text: String, replacingExisting: Bool = false, by session: Session? = nil,
                               at now: Date = Date()) throws -> [Int] {
        let imported = try HolidayFile.parse(text)
        return try actorTransaction(session, action: .manageReferenceData, at: now) { db, context in
            let stored = try AppDatabase.fetchHolidaySchedule(db)
            var changed: [Int] = []
            var replaced: [Int] = []
            for published in imported.publishedYears {
                let newDays = imported.days.filter { $0.date.year == published.year }
                if stored.isPublished(year: published.year) {
                    let oldDays = stored.days.filter { $0.date.year == published.year }
                    let oldSource = stored.publishedYears.first { $0.year == published.year }?.source
                    if oldDays == newDays && oldSource == published.source { continue }
                    guard replacingExisting else {
                        throw ValidationError(field: N_("Holiday calendar"),
                                              N_("the year %@ is already stored with other days; import it as a correction to replace it"),
                                              String(published.year))
                    }
                    // The days go with their year (ON DELETE CASCADE).
                    try db.execute(sql: "DELETE FROM holidayYear WHERE year = ?", arguments: [published.year])
                    replaced.append(published.year)
                }
                try HolidayYearRecord(published).insert(db)
                for day in newDays { try HolidayDayRecord(day).insert(db) }
                changed.append(published.year)
            }
            // The stored whole must still be a valid schedule.
            _ = try AppDatabase.fetchHolidaySchedule(db)
            guard !changed.isEmpty else { return changed }
            let added = changed.filter { !replaced.contains($0) }
            let detail = [added.isEmpty ? nil : "added " + added.map(String.init).joined(separator: ", "),
                          replaced.isEmpty ? nil : "replaced " + replaced.map(String.init).joined(separator: ", ")]
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor,
                                        action: .holidaysImported,
                                        detail: detail.compactMap { $0 }.joined(separator: "; "))
            return changed
        }
    }

    static func fetchHolidaySchedule(_ db: Database) throws -> HolidaySchedule {
        let years = try HolidayYearRecord.fetchAll(db).map(\.published)
        let days = try HolidayDayRecord.order(HolidayDayRecord.Columns.date).fetchAll(db).map { try $0.scheduledDay() }
        return try HolidaySchedule(publishedYears: years, days: days)
    }
}
