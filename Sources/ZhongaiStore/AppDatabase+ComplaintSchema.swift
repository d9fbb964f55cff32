import GRDB

extension AppDatabase {
    /// The complaints register, quarterly checks and employer visits — issue 8 (CMP-01..03, CHK-02, CHK-05).
    static func registerComplaintMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v16Complaints) { db in
        }
    }
}
