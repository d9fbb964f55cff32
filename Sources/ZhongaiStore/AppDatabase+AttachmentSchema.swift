import GRDB

extension AppDatabase {
    /// Attached scans and photos: issue 4.
    static func registerAttachmentMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v7Attachments) { _ in }
    }
}
