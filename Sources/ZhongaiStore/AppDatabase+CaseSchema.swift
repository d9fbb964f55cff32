import GRDB

extension AppDatabase {
    /// Intake records and case files (个案): issue 4.
    static func registerCaseMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v6Cases) { _ in }
    }
}
