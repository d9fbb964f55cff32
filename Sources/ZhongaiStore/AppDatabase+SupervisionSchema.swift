import GRDB

extension AppDatabase {
    /// Supervision sessions, the dated supervision chain and monthly reports: issue 6.
    static func registerSupervisionMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v9Supervision) { _ in }
    }
}
