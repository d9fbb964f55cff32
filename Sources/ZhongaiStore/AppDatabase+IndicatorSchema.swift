import GRDB

extension AppDatabase {
    /// Post contracts (whether conversions are allowed) and agreed conversions — issue 8 (IND-03, IND-04).
    static func registerIndicatorMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v14Indicators) { db in
        }
    }
}
