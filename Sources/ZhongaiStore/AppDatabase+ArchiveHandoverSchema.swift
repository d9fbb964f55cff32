import GRDB

extension AppDatabase {
    /// Quarterly archive handover lists, borrowing, archive checks and destruction batches — issue 8 (ARC-08, ARC-09, CONF-04, CONF-05).
    static func registerArchiveHandoverMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v17ArchiveHandover) { db in
        }
    }
}
