import GRDB

extension AppDatabase {
    /// Sign-ins at the venue station, walk-ins and imported station batches — issue 5.
    static func registerSignInMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v12SignIns) { db in
            try db.execute(sql: signInOfficeSchema)
            try db.execute(sql: signInSchema)
        }
    }

    /// The identity of this office database, made once: station bundles carry it out and batches must bring the
    /// same one back, so a batch of another centre's (or another copy's) bundle is refused.
    private static let signInOfficeSchema = """
        CREATE TABLE signInOffice (
            singleton INTEGER PRIMARY KEY NOT NULL CHECK (singleton = 1),
            id TEXT NOT NULL CHECK (length(id) = 36)
        );
        INSERT INTO signInOffice (singleton, id) VALUES (1, lower(
            hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
            || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-'
            || hex(randomblob(6))));
        CREATE TRIGGER signInOfficeNeverChanged BEFORE UPDATE ON signInOffice
            BEGIN SELECT RAISE(ABORT, 'the office identity of station bundles never changes'); END;
        CREATE TRIGGER signInOfficeNeverDeleted BEFORE DELETE ON signInOffice
            BEGIN SELECT RAISE(ABORT, 'the office identity of station bundles never changes'); END;
        """

    /// Rule GRP-04: the sign-ins of each session (《签到表》), from which the roll call is made. A sign-in keeps the
    /// time it was made (at an offline station too) and is never changed or deleted; one per person and session.
    /// The station bundles written and the batches imported, so that an import is checked against the bundle it
    /// answers and a batch imported twice adds nothing.
    private static let signInSchema = """
        CREATE TABLE stationBundle (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
            sessionID TEXT NOT NULL REFERENCES programmeSession(id),
            stationID TEXT NOT NULL CHECK (length(stationID) = 36),
            exportedBy TEXT NOT NULL REFERENCES worker(code),
            exportedAt TEXT NOT NULL
        );
        CREATE INDEX stationBundleSession ON stationBundle(sessionID);
        CREATE TRIGGER stationBundleNeverChanged BEFORE UPDATE ON stationBundle
            BEGIN SELECT RAISE(ABORT, 'GRP-04: a station bundle once written is history'); END;
        CREATE TRIGGER stationBundleNeverDeleted BEFORE DELETE ON stationBundle
            BEGIN SELECT RAISE(ABORT, 'GRP-04: a station bundle once written is history'); END;

        CREATE TABLE importedBatch (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
            bundleID TEXT NOT NULL REFERENCES stationBundle(id),
            stationID TEXT NOT NULL,
            sessionID TEXT NOT NULL REFERENCES programmeSession(id),
            importedAt TEXT NOT NULL,
            importedBy TEXT NOT NULL REFERENCES worker(code),
            signInsAdded INTEGER NOT NULL CHECK (signInsAdded >= 0),
            signInsAlreadyPresent INTEGER NOT NULL CHECK (signInsAlreadyPresent >= 0),
            walkInsAdded INTEGER NOT NULL CHECK (walkInsAdded >= 0),
            walkInsAlreadyPresent INTEGER NOT NULL CHECK (walkInsAlreadyPresent >= 0)
        );
        CREATE INDEX importedBatchSession ON importedBatch(sessionID);
        CREATE TRIGGER importedBatchNeverChanged BEFORE UPDATE ON importedBatch
            BEGIN SELECT RAISE(ABORT, 'GRP-04: an imported batch is history'); END;
        CREATE TRIGGER importedBatchNeverDeleted BEFORE DELETE ON importedBatch
            BEGIN SELECT RAISE(ABORT, 'GRP-04: an imported batch is history'); END;

        CREATE TABLE signIn (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
            sessionID TEXT NOT NULL REFERENCES programmeSession(id),
            registrationID TEXT NOT NULL REFERENCES registration(id),
            -- The sign-in's own time (UTC, AuditTimestamp), at the station when it came in a batch.
            signedAt TEXT NOT NULL CHECK (length(signedAt) = 24),
            -- SignatureStrokes as compact JSON, or none.
            signature TEXT CHECK (signature IS NULL OR json_valid(signature)),
            stationID TEXT NOT NULL CHECK (stationID <> ''),
            batchID TEXT REFERENCES importedBatch(id) DEFERRABLE INITIALLY DEFERRED,
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL,
            UNIQUE (sessionID, registrationID)
        );
        CREATE INDEX signInRegistration ON signIn(registrationID);
        CREATE INDEX signInBatch ON signIn(batchID) WHERE batchID IS NOT NULL;
        CREATE TRIGGER signInSameProgramme BEFORE INSERT ON signIn
            WHEN (SELECT programmeID FROM registration WHERE id = NEW.registrationID)
                 IS NOT (SELECT programmeID FROM programmeSession WHERE id = NEW.sessionID)
            BEGIN SELECT RAISE(ABORT, 'GRP-04: a sign-in is of a person registered for the session''s programme'); END;
        CREATE TRIGGER signInNeverChanged BEFORE UPDATE ON signIn
            BEGIN SELECT RAISE(ABORT, 'GRP-04: a sign-in is never changed'); END;
        CREATE TRIGGER signInNeverDeleted BEFORE DELETE ON signIn
            BEGIN SELECT RAISE(ABORT, 'GRP-04: a sign-in is never deleted'); END;
        """
}
