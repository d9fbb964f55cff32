import GRDB

extension AppDatabase {
    /// Volunteers, their trainings and service times, outreach and newsletters — issue 8 (IND-01).
    static func registerVolunteerMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v18Volunteers) { db in
        }
    }
}
