import GRDB

extension AppDatabase {
    /// Post contracts (whether conversions are allowed) and agreed conversions — issue 8 (IND-03, IND-04).
    static func registerIndicatorMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v14Indicators) { db in
            try db.execute(sql: indicatorTables)
            try db.execute(sql: indicatorCountIndexes)
        }
    }

    /// Rule IND-04: a post's contract for a year, as recorded (the latest row of a worker and year is in force;
    /// earlier ones stay as history), and the conversions agreed under it. Neither is ever changed or deleted: a
    /// new contract row replaces what the old one said, and a conversion needs its clause in the contract in force.
    private static let indicatorTables = """
        CREATE TABLE indicatorContract (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            workerCode TEXT NOT NULL REFERENCES worker(code),
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 9999),
            -- The clauses allowed, in order, e.g. 'AEF'; '' allows none.
            allowedClauses TEXT NOT NULL CHECK (allowedClauses NOT GLOB '*[^A-F]*'),
            note TEXT NOT NULL DEFAULT '',
            agreedBy TEXT NOT NULL REFERENCES worker(code) CHECK (agreedBy <> workerCode),
            agreedAt TEXT NOT NULL
        );
        CREATE INDEX indicatorContract_worker ON indicatorContract(workerCode, year, id);
        CREATE TRIGGER indicatorContract_never_changes BEFORE UPDATE ON indicatorContract
            BEGIN SELECT RAISE(ABORT, 'IND-04: a post contract is replaced by a new one, never changed'); END;
        CREATE TRIGGER indicatorContract_never_deleted BEFORE DELETE ON indicatorContract
            BEGIN SELECT RAISE(ABORT, 'IND-04: a post contract is never deleted'); END;

        CREATE TABLE indicatorConversion (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            workerCode TEXT NOT NULL REFERENCES worker(code),
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 9999),
            fromIndicator TEXT NOT NULL CHECK (fromIndicator IN ('professionalCase', 'consultation', 'visit',
                'filing', 'therapeuticGroup', 'developmentalGroup', 'largeActivity', 'smallActivity',
                'lectureWorkshop', 'supervision', 'training')),
            fromUnits INTEGER NOT NULL CHECK (fromUnits > 0),
            toIndicator TEXT NOT NULL CHECK (toIndicator IN ('professionalCase', 'consultation', 'visit',
                'filing', 'therapeuticGroup', 'developmentalGroup', 'largeActivity', 'smallActivity',
                'lectureWorkshop', 'supervision', 'training') AND toIndicator <> fromIndicator),
            toUnits INTEGER NOT NULL CHECK (toUnits > 0),
            clause TEXT NOT NULL CHECK (clause IN ('A', 'B', 'C', 'D', 'E', 'F')),
            note TEXT NOT NULL DEFAULT '',
            agreedBy TEXT NOT NULL REFERENCES worker(code) CHECK (agreedBy <> workerCode),
            agreedAt TEXT NOT NULL
        );
        CREATE INDEX indicatorConversion_worker ON indicatorConversion(workerCode, year, id);
        CREATE INDEX indicatorConversion_year ON indicatorConversion(year);
        CREATE TRIGGER indicatorConversion_needs_contract BEFORE INSERT ON indicatorConversion
            WHEN instr(COALESCE((SELECT allowedClauses FROM indicatorContract
                                 WHERE workerCode = NEW.workerCode AND year = NEW.year
                                 ORDER BY id DESC LIMIT 1), ''), NEW.clause) = 0
            BEGIN SELECT RAISE(ABORT, 'IND-04: a conversion only where the post''s contract allows its clause'); END;
        CREATE TRIGGER indicatorConversion_never_changes BEFORE UPDATE ON indicatorConversion
            BEGIN SELECT RAISE(ABORT, 'IND-04: an agreed conversion is never changed'); END;
        CREATE TRIGGER indicatorConversion_never_deleted BEFORE DELETE ON indicatorConversion
            BEGIN SELECT RAISE(ABORT, 'IND-04: an agreed conversion is never deleted'); END;
        """

    /// Rule IND-01: the year's counts are one aggregate query per source over a date range, grouped by worker and
    /// month; these indexes cover each of them, so a year is read without touching the rows of other years.
    private static let indicatorCountIndexes = """
        CREATE INDEX caseFile_indicator ON caseFile(openedOn, openedBy);
        CREATE INDEX consultationContact_indicator ON consultationContact(contactDate, recordedBy);
        CREATE INDEX visit_indicator ON visit(visitDate, recordedBy);
        CREATE INDEX client_indicator ON client(createdAt, createdBy, mergedInto);
        CREATE INDEX programmeSession_indicator ON programmeSession(programmeID, heldOn, durationMinutes);
        CREATE INDEX supervisionSession_indicator ON supervisionSession(heldOn, type, id);
        CREATE INDEX programmeFeedback_indicator ON programmeFeedback(programmeID, id);
        CREATE INDEX programmeFeedbackScore_indicator ON programmeFeedbackScore(feedbackID, item, score);
        """
}
