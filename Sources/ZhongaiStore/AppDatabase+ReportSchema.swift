import GRDB

extension AppDatabase {
    /// Monthly reports and half-year and annual summaries — issue 8 (CHK-01, CHK-03, ARC-07).
    static func registerReportMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v15Reports) { db in
        }
    }
}
