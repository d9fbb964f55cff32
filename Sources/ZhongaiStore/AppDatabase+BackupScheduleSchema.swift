import GRDB

extension AppDatabase {
    /// The scheduled backup: where, how often, how many kept, and the public key backups are sealed to — issue 9.
    static func registerBackupScheduleMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v19BackupSchedule) { db in
            try db.execute(sql: backupScheduleSchema)
        }
    }

    /// The schedule is history: each change (set or stopped) is a new row, the newest in force, none edited or
    /// deleted. A row that stops the schedule holds no folder and no key. Only the public key, the Argon2id salt
    /// and limits are kept: the private key is derived from the passphrase only when a backup is opened.
    /// Runs are written once, when finished (the lock in the folder keeps two runs apart), and kept.
    private static let backupScheduleSchema = """
        CREATE TABLE backupSchedule (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            isOn INTEGER NOT NULL CHECK (isOn IN (0, 1)),
            folder TEXT CHECK (folder <> ''),
            everyHours INTEGER CHECK (everyHours BETWEEN 1 AND 168),
            keepCount INTEGER CHECK (keepCount BETWEEN 1 AND 365),
            publicKey BLOB CHECK (length(publicKey) = 32),
            salt BLOB CHECK (length(salt) = 16),
            opsLimit INTEGER CHECK (opsLimit > 0),
            memLimit INTEGER CHECK (memLimit > 0),
            setBy TEXT NOT NULL REFERENCES worker(code),
            setAt TEXT NOT NULL CHECK (setAt GLOB
                '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
            CHECK ((isOn = 1) = (folder IS NOT NULL)),
            CHECK ((folder IS NULL) = (everyHours IS NULL) AND (folder IS NULL) = (keepCount IS NULL)
                   AND (folder IS NULL) = (publicKey IS NULL) AND (folder IS NULL) = (salt IS NULL)
                   AND (folder IS NULL) = (opsLimit IS NULL) AND (folder IS NULL) = (memLimit IS NULL))
        );
        CREATE TRIGGER backupScheduleNeverEdited BEFORE UPDATE ON backupSchedule
            BEGIN SELECT RAISE(ABORT, 'backup schedule: a change is a new row; the history is never edited'); END;
        CREATE TRIGGER backupScheduleNeverDeleted BEFORE DELETE ON backupSchedule
            BEGIN SELECT RAISE(ABORT, 'backup schedule: the history is never deleted'); END;

        CREATE TABLE backupRun (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            scheduleID INTEGER NOT NULL REFERENCES backupSchedule(id),
            startedAt TEXT NOT NULL CHECK (startedAt GLOB
                '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
            finishedAt TEXT NOT NULL CHECK (finishedAt >= startedAt),
            outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
            fileName TEXT CHECK (fileName <> ''),
            sizeBytes INTEGER CHECK (sizeBytes > 0),
            dumpDigest TEXT CHECK (length(dumpDigest) = 64),
            message TEXT NOT NULL DEFAULT '',
            CHECK (outcome <> 'ok' OR (fileName IS NOT NULL AND sizeBytes IS NOT NULL AND dumpDigest IS NOT NULL)),
            CHECK (outcome <> 'failed' OR message <> '')
        );
        CREATE INDEX backupRunStarted ON backupRun(scheduleID, outcome, startedAt);
        CREATE TRIGGER backupRunNeverEdited BEFORE UPDATE ON backupRun
            BEGIN SELECT RAISE(ABORT, 'backup run: a run is recorded once and never edited'); END;
        CREATE TRIGGER backupRunNeverDeleted BEFORE DELETE ON backupRun
            BEGIN SELECT RAISE(ABORT, 'backup run: the record of runs is never deleted'); END;
        """
}
