import GRDB

extension AppDatabase {
    /// Supervisor selection rounds, nominations, scores and publicity: issue 10.
    static func registerSelectionMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v10Selection) { _ in }
    }
}
