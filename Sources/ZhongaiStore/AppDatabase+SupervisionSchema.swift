import GRDB

extension AppDatabase {
    /// Supervision sessions, the dated supervision chain and monthly reports: issue 6.
    static func registerSupervisionMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v9Supervision) { db in
            try db.execute(sql: supervisionLinkSchema)
            try db.execute(sql: supervisionSessionSchema)
        }
    }

    /// The dated chain (issue 6 item 1). `fromDate` included, NULL for a link older than the history (every
    /// supervisor a worker had when this migration ran, or was given when added); `untilDate` excluded, NULL while
    /// in force. Changes of supervisor close the open link and open another (`recordSupervisorChange`, called by
    /// `updateWorker`); a worker added with a supervisor gets a link by trigger, dated NULL like the first ones.
    private static let supervisionLinkSchema = """
        CREATE TABLE supervisionLink (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            superviseeCode TEXT NOT NULL REFERENCES worker(code),
            supervisorCode TEXT NOT NULL REFERENCES worker(code),
            fromDate TEXT CHECK (fromDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            untilDate TEXT CHECK (untilDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            CHECK (superviseeCode <> supervisorCode),
            -- A link opened and closed on one day covers no day.
            CHECK (fromDate IS NULL OR untilDate IS NULL OR fromDate <= untilDate)
        );
        CREATE UNIQUE INDEX supervisionLinkInForce ON supervisionLink(superviseeCode) WHERE untilDate IS NULL;
        CREATE INDEX supervisionLinkSupervisor ON supervisionLink(supervisorCode);
        INSERT INTO supervisionLink (superviseeCode, supervisorCode)
            SELECT code, supervisorCode FROM worker WHERE supervisorCode IS NOT NULL;
        CREATE TRIGGER supervisionLinkForNewWorker AFTER INSERT ON worker WHEN NEW.supervisorCode IS NOT NULL
            BEGIN INSERT INTO supervisionLink (superviseeCode, supervisorCode) VALUES (NEW.code, NEW.supervisorCode); END;
        CREATE TRIGGER supervisionLinkKept BEFORE DELETE ON supervisionLink
            BEGIN SELECT RAISE(ABORT, 'SUP-05: the dated supervision chain is history and is never deleted'); END;
        """

    /// Sessions (SUP-01, SUP-05): protected records held by the supervisor, never edited or deleted; the
    /// supervisees' answers are given once; a follow-up's action is recorded once.
    private static let supervisionSessionSchema = """
        CREATE TABLE supervisionSession (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            supervisorCode TEXT NOT NULL REFERENCES worker(code),
            type TEXT NOT NULL CHECK (type IN ('induction', 'knowledgeEducation', 'continuingEducation',
                                               'practiceCompetence', 'emergency', 'training')),
            format TEXT NOT NULL CHECK (format IN ('individual', 'group')),
            heldOn TEXT NOT NULL CHECK (heldOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            startTime TEXT NOT NULL CHECK (startTime GLOB '[0-2][0-9]:[0-5][0-9]'),
            durationMinutes INTEGER NOT NULL CHECK (durationMinutes BETWEEN 1 AND 1440),
            advice TEXT NOT NULL DEFAULT '',
            crossSupervisionReason TEXT CHECK (crossSupervisionReason <> ''),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX supervisionSessionHeldOn ON supervisionSession(heldOn);
        CREATE INDEX supervisionSessionSupervisor ON supervisionSession(supervisorCode, heldOn);
        CREATE TRIGGER supervisionSessionNeverEdited BEFORE UPDATE ON supervisionSession
            BEGIN SELECT RAISE(ABORT, 'SUP-05: a supervision record is never edited'); END;
        CREATE TRIGGER supervisionSessionNeverDeleted BEFORE DELETE ON supervisionSession
            BEGIN SELECT RAISE(ABORT, 'SUP-05: a supervision record is never deleted'); END;

        CREATE TABLE supervisionParticipant (
            sessionID TEXT NOT NULL REFERENCES supervisionSession(id),
            workerCode TEXT NOT NULL REFERENCES worker(code),
            response TEXT NOT NULL DEFAULT 'pending' CHECK (response IN ('pending', 'confirmed', 'disputed')),
            comment TEXT NOT NULL DEFAULT '',
            respondedOn TEXT CHECK (respondedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            PRIMARY KEY (sessionID, workerCode),
            CHECK (response <> 'disputed' OR comment <> ''),
            CHECK ((response = 'pending') = (respondedOn IS NULL))
        );
        CREATE INDEX supervisionParticipantWorker ON supervisionParticipant(workerCode, response);
        CREATE TRIGGER supervisionResponseGivenOnce BEFORE UPDATE ON supervisionParticipant
            WHEN OLD.response <> 'pending' OR NEW.sessionID <> OLD.sessionID OR NEW.workerCode <> OLD.workerCode
            BEGIN SELECT RAISE(ABORT, 'SUP-05: a supervisee answers a supervision record once'); END;
        CREATE TRIGGER supervisionParticipantKept BEFORE DELETE ON supervisionParticipant
            BEGIN SELECT RAISE(ABORT, 'SUP-05: a supervision record is never deleted'); END;

        CREATE TABLE supervisionTopic (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sessionID TEXT NOT NULL REFERENCES supervisionSession(id),
            text TEXT NOT NULL CHECK (text <> ''),
            caseID TEXT REFERENCES caseFile(id)
        );
        CREATE INDEX supervisionTopicSession ON supervisionTopic(sessionID);
        CREATE TRIGGER supervisionTopicNeverEdited BEFORE UPDATE ON supervisionTopic
            BEGIN SELECT RAISE(ABORT, 'SUP-05: a supervision record is never edited'); END;
        CREATE TRIGGER supervisionTopicNeverDeleted BEFORE DELETE ON supervisionTopic
            BEGIN SELECT RAISE(ABORT, 'SUP-05: a supervision record is never deleted'); END;

        CREATE TABLE supervisionFollowUp (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sessionID TEXT NOT NULL REFERENCES supervisionSession(id),
            text TEXT NOT NULL CHECK (text <> ''),
            dueOn TEXT NOT NULL CHECK (dueOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            action TEXT NOT NULL DEFAULT '',
            actionBy TEXT REFERENCES worker(code),
            CHECK ((action = '') = (actionBy IS NULL))
        );
        CREATE INDEX supervisionFollowUpSession ON supervisionFollowUp(sessionID);
        CREATE TRIGGER supervisionFollowUpActionOnce BEFORE UPDATE ON supervisionFollowUp
            WHEN OLD.action <> '' OR NEW.text <> OLD.text OR NEW.dueOn <> OLD.dueOn OR NEW.sessionID <> OLD.sessionID
            BEGIN SELECT RAISE(ABORT, 'SUP-05: a follow-up keeps its words, due day and recorded action'); END;
        CREATE TRIGGER supervisionFollowUpNeverDeleted BEFORE DELETE ON supervisionFollowUp
            BEGIN SELECT RAISE(ABORT, 'SUP-05: a supervision record is never deleted'); END;

        INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
            ('supervisionSession', 'advice', 'narrative'), ('supervisionTopic', 'text', 'narrative'),
            ('supervisionFollowUp', 'text', 'narrative'), ('supervisionFollowUp', 'action', 'narrative'),
            ('supervisionParticipant', 'comment', 'narrative');
        """
}
