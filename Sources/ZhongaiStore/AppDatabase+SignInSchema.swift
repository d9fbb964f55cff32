import GRDB

extension AppDatabase {
    /// Sign-ins at the venue station, walk-ins and imported station batches — issue 5.
    static func registerSignInMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v12SignIns) { db in
        }
    }
}
