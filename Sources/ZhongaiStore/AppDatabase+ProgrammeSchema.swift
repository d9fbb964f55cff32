import GRDB

extension AppDatabase {
    /// Groups and activities (小组/活动): programmes, plans, registrations, sessions, reports — issue 5.
    static func registerProgrammeMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v11Programmes) { db in
        }
    }
}
