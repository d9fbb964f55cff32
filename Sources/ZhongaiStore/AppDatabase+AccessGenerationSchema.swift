import GRDB

extension AppDatabase {
    /// A counter that every change to the tables the access policy reads moves on, so that the policy can be kept
    /// between transactions — issue 9 (the durable sign-in benchmark).
    static func registerAccessGenerationMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v20AccessGeneration) { db in
            try db.execute(sql: accessGenerationSchema)
        }
    }

    /// One row. `generation` counts the changes; `stamp` is drawn anew with each, because a rolled-back change
    /// gives its number back and another change (perhaps by another process) could then take the same number
    /// with other contents: the cache is keyed by both. The access context reads `worker` (role, service point,
    /// active, supervisor — the supervision chain in force is `worker.supervisorCode`), `account` (that one
    /// exists) and `permission` (ROLE-01); a trigger on each moves the counter in the changing transaction, so
    /// the change and the new counter commit together, whichever process makes them.
    private static let accessGenerationSchema = """
        CREATE TABLE accessGeneration (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            generation INTEGER NOT NULL CHECK (generation >= 0),
            stamp INTEGER NOT NULL
        );
        INSERT INTO accessGeneration (id, generation, stamp) VALUES (1, 0, random());
        CREATE TRIGGER accessGeneration_kept BEFORE DELETE ON accessGeneration
            BEGIN SELECT RAISE(ABORT, 'ROLE-01: the access generation is never deleted'); END;
        CREATE TRIGGER accessGeneration_worker_insert AFTER INSERT ON worker
            BEGIN UPDATE accessGeneration SET generation = generation + 1, stamp = random(); END;
        CREATE TRIGGER accessGeneration_worker_update AFTER UPDATE ON worker
            BEGIN UPDATE accessGeneration SET generation = generation + 1, stamp = random(); END;
        CREATE TRIGGER accessGeneration_worker_delete AFTER DELETE ON worker
            BEGIN UPDATE accessGeneration SET generation = generation + 1, stamp = random(); END;
        CREATE TRIGGER accessGeneration_account_insert AFTER INSERT ON account
            BEGIN UPDATE accessGeneration SET generation = generation + 1, stamp = random(); END;
        CREATE TRIGGER accessGeneration_account_update AFTER UPDATE ON account
            BEGIN UPDATE accessGeneration SET generation = generation + 1, stamp = random(); END;
        CREATE TRIGGER accessGeneration_account_delete AFTER DELETE ON account
            BEGIN UPDATE accessGeneration SET generation = generation + 1, stamp = random(); END;
        CREATE TRIGGER accessGeneration_permission_insert AFTER INSERT ON permission
            BEGIN UPDATE accessGeneration SET generation = generation + 1, stamp = random(); END;
        CREATE TRIGGER accessGeneration_permission_update AFTER UPDATE ON permission
            BEGIN UPDATE accessGeneration SET generation = generation + 1, stamp = random(); END;
        CREATE TRIGGER accessGeneration_permission_delete AFTER DELETE ON permission
            BEGIN UPDATE accessGeneration SET generation = generation + 1, stamp = random(); END;
        """
}
