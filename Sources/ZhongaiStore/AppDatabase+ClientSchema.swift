import GRDB

extension AppDatabase {
    /// Clients (服务对象), consultations and visits: issue 4.
    static func registerClientMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v5Clients) { _ in }
    }
}
