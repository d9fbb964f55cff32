import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Fills the reference tables from the files of `directory` (data/), in one transaction. Call it at every
    /// start: it is idempotent and never overwrites what the centre has edited.
    ///
    /// - Towns, sectors, client categories, post types and their targets are loaded once, the first time; later
    ///   the program edits them, and the files are not read into the database again.
    /// - Policy keys and holiday years missing from the database are added every time, so a newer program's new
    ///   keys and a newly shipped year arrive; existing values are never touched.
    ///
    /// A malformed file is refused with its name and line before anything is written.
    @discardableResult
    public func loadReferenceData(from directory: URL) throws -> ReferenceLoadSummary {
        let data = try ReferenceData.load(from: directory)
        let plans = try EmergencyPlanFile.load(from: directory)
        return try writer.write { db in
            let summary = try loadReferenceData(db, data)
            // Rule EMG-02: the six plans, once.
            _ = try AppDatabase.loadEmergencyPlans(db, plans, at: Date())
            return summary
        }
    }

    /// As `loadReferenceData(from:)`, from data already parsed.
    @discardableResult
    public func loadReferenceData(_ data: ReferenceData) throws -> ReferenceLoadSummary {
        try writer.write { db in try loadReferenceData(db, data) }
    }

    private func loadReferenceData(_ db: Database, _ data: ReferenceData) throws -> ReferenceLoadSummary {
        var summary = ReferenceLoadSummary()
        if try markFirstLoad(db, dataset: "towns") {
            for town in data.towns {
                try db.execute(sql: "INSERT INTO town (name, kind, code) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                               arguments: [town.name, town.kind.rawValue, town.code])
                summary.towns += db.changesCount
            }
        }
        if try markFirstLoad(db, dataset: "sectors") {
            for sector in data.sectors {
                try db.execute(sql: "INSERT INTO sector (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                               arguments: [sector.code, sector.name])
                summary.sectors += db.changesCount
            }
        }
        if try markFirstLoad(db, dataset: "clientCategories") {
            for (position, category) in data.clientCategories.enumerated() {
                try db.execute(sql: """
                    INSERT INTO clientCategory (code, name, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
                    """, arguments: [category.code, category.name, position])
                summary.clientCategories += db.changesCount
            }
        }
        if try markFirstLoad(db, dataset: "postTypes") {
            for (position, postType) in data.postTypes.enumerated() {
                try db.execute(sql: "INSERT INTO postType (code, name, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                               arguments: [postType.code, postType.name, position])
                guard db.changesCount > 0 else { continue }
                summary.postTypes += 1
                for (indicator, minimum) in postType.targets.sorted(by: { $0.key < $1.key }) {
                    try PostTargetRecord(postTypeCode: postType.code, indicator: indicator, minimum: minimum)
                        .insert(db)
                    summary.postTargets += 1
                }
            }
        }
        for entry in data.policy {
            try db.execute(sql: """
                INSERT INTO policy (key, value, unit, clause, note) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, arguments: [entry.key.rawValue, entry.value, entry.unit.rawValue, entry.clause, entry.note])
            summary.policyEntries += db.changesCount
        }
        let storedYears = try Set(Int.fetchAll(db, sql: "SELECT year FROM holidayYear"))
        for published in data.holidays.publishedYears where !storedYears.contains(published.year) {
            try HolidayYearRecord(published).insert(db)
            summary.holidayYears += 1
            for day in data.holidays.days where day.date.year == published.year {
                try HolidayDayRecord(day).insert(db)
                summary.holidayDays += 1
            }
        }
        return summary
    }

    /// Records that `dataset` is being loaded; false if it was loaded before.
    private func markFirstLoad(_ db: Database, dataset: String) throws -> Bool {
        try db.execute(sql: "INSERT INTO referenceDataset (name, loadedAt) VALUES (?, ?) ON CONFLICT DO NOTHING",
                       arguments: [dataset, Date()])
        return db.changesCount > 0
    }

    /// The sectors (ARC-03), by code.
    public func sectors() throws -> [Sector] {
        try writer.read { db in
            try SectorRecord.order(SectorRecord.Columns.code).fetchAll(db).map(\.sector)
        }
    }

    /// The client categories (INTAKE-01), in the order of the data file.
    public func clientCategories() throws -> [ClientCategory] {
        try writer.read { db in
            try ClientCategoryRecord.order(ClientCategoryRecord.Columns.position).fetchAll(db).map(\.category)
        }
    }

    /// The post types with their annual targets (IND-01), in the order of the data file. An indicator the rule
    /// book leaves to the post's reality is absent from `targets`.
    public func postTypes() throws -> [PostType] {
        try writer.read { db in try AppDatabase.fetchPostTypes(db) }
    }

    static func fetchPostTypes(_ db: Database) throws -> [PostType] {
        let targets = try PostTargetRecord.fetchAll(db)
        return try PostTypeRecord.order(PostTypeRecord.Columns.position).fetchAll(db).map { record in
            var byIndicator: [String: Int] = [:]
            for target in targets where target.postTypeCode == record.code {
                byIndicator[target.indicator] = target.minimum
            }
            return PostType(code: record.code, name: record.name, targets: byIndicator)
        }
    }

    /// Sets the annual minimum of `indicator` for a post type (IND-01); nil makes it "set by the post's reality".
    public func setPostTarget(postTypeCode: String, indicator: Indicator, minimum: Int?) throws {
        try writer.write { db in
            guard try PostTypeRecord.exists(db, key: postTypeCode) else {
                throw ValidationError(field: N_("Post type"), N_("there is no post type “%@”"), postTypeCode,
                                      rule: "IND-01")
            }
            if let minimum {
                guard minimum >= 0 else {
                    throw ValidationError(field: N_("Minimum"), N_("%@ is negative"), String(minimum), rule: "IND-01")
                }
                try PostTargetRecord(postTypeCode: postTypeCode, indicator: indicator.rawValue, minimum: minimum)
                    .upsert(db)
            } else {
                try db.execute(sql: "DELETE FROM postTarget WHERE postTypeCode = ? AND indicator = ?",
                               arguments: [postTypeCode, indicator.rawValue])
            }
        }
    }
}
