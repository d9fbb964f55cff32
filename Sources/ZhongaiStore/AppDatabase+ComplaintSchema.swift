import GRDB

extension AppDatabase {
    /// The complaints register, quarterly checks and employer visits — issue 8 (CMP-01..03, CHK-02, CHK-05).
    static func registerComplaintMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v16Complaints) { db in
            try db.execute(sql: complaintSchema)
            try db.execute(sql: checkSchema)
            try db.execute(sql: employerVisitSchema)
        }
    }

    /// Opinions and complaints (CMP-01..03): protected records held by the handler (protectedRecord.holderCode),
    /// never deleted; the reply and the closing are each written once and never changed; follow-up notes are
    /// append-only.
    private static let complaintSchema = """
        CREATE TABLE complaint (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            kind TEXT NOT NULL CHECK (kind IN ('opinion', 'complaint')),
            -- Rule CMP-01
            source TEXT NOT NULL CHECK (source IN ('serviceUser', 'government', 'board', 'employer', 'media',
                                                   'volunteer', 'otherStakeholder')),
            -- Rules CMP-01, FB-01
            channel TEXT NOT NULL CHECK (channel IN ('phone', 'inPerson', 'letter', 'suggestionBox', 'online',
                                                     'duringService', 'afterService', 'evaluationForm')),
            receivedOn TEXT NOT NULL CHECK (receivedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            complainantName TEXT CHECK (complainantName <> ''),
            complainantContact TEXT CHECK (complainantContact <> ''),
            content TEXT NOT NULL CHECK (content <> ''),
            about TEXT CHECK (about <> ''),
            -- Rule CMP-03: a charge to a client is always a complaint.
            isCharge BOOLEAN NOT NULL DEFAULT 0,
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL,
            replyResult TEXT CHECK (replyResult <> ''),
            repliedOn TEXT CHECK (repliedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            repliedBy TEXT REFERENCES worker(code),
            repliedAt TEXT,
            closedOn TEXT CHECK (closedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            closedBy TEXT REFERENCES worker(code),
            CHECK (NOT isCharge OR kind = 'complaint'),
            CHECK ((replyResult IS NULL) = (repliedOn IS NULL)),
            CHECK ((repliedOn IS NULL) = (repliedBy IS NULL)),
            CHECK ((repliedOn IS NULL) = (repliedAt IS NULL)),
            -- Rule CMP-02: never a reply dated before the complaint.
            CHECK (repliedOn IS NULL OR repliedOn >= receivedOn),
            CHECK ((closedOn IS NULL) = (closedBy IS NULL)),
            CHECK (closedOn IS NULL OR (repliedOn IS NOT NULL AND closedOn >= repliedOn))
        );
        CREATE INDEX complaint_receivedOn ON complaint(receivedOn);
        CREATE INDEX complaint_open ON complaint(repliedOn) WHERE repliedOn IS NULL;
        CREATE TRIGGER complaint_never_deleted BEFORE DELETE ON complaint
            BEGIN SELECT RAISE(ABORT, 'CMP-01: an opinion or complaint is never deleted'); END;
        CREATE TRIGGER complaint_changes_by_reply_and_closing_only BEFORE UPDATE ON complaint
            WHEN NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.source IS NOT OLD.source
              OR NEW.channel IS NOT OLD.channel OR NEW.receivedOn IS NOT OLD.receivedOn
              OR NEW.complainantName IS NOT OLD.complainantName
              OR NEW.complainantContact IS NOT OLD.complainantContact OR NEW.content IS NOT OLD.content
              OR NEW.about IS NOT OLD.about OR NEW.isCharge IS NOT OLD.isCharge
              OR NEW.recordedBy IS NOT OLD.recordedBy OR NEW.recordedAt IS NOT OLD.recordedAt
              OR (OLD.repliedOn IS NOT NULL AND (NEW.replyResult IS NOT OLD.replyResult
                  OR NEW.repliedOn IS NOT OLD.repliedOn OR NEW.repliedBy IS NOT OLD.repliedBy
                  OR NEW.repliedAt IS NOT OLD.repliedAt))
              OR (OLD.closedOn IS NOT NULL AND (NEW.closedOn IS NOT OLD.closedOn OR NEW.closedBy IS NOT OLD.closedBy))
            BEGIN SELECT RAISE(ABORT, 'CMP-02: a complaint changes only by its reply and its closing, each once'); END;

        CREATE TABLE complaintFollowUp (
            complaintID TEXT NOT NULL REFERENCES complaint(id),
            number INTEGER NOT NULL CHECK (number >= 1),
            notedOn TEXT NOT NULL CHECK (notedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            note TEXT NOT NULL CHECK (note <> ''),
            notedBy TEXT NOT NULL REFERENCES worker(code),
            notedAt TEXT NOT NULL,
            PRIMARY KEY (complaintID, number)
        );
        CREATE TRIGGER complaintFollowUp_never_changed BEFORE UPDATE ON complaintFollowUp
            BEGIN SELECT RAISE(ABORT, 'CMP-02: a follow-up note is never changed'); END;
        CREATE TRIGGER complaintFollowUp_never_deleted BEFORE DELETE ON complaintFollowUp
            BEGIN SELECT RAISE(ABORT, 'CMP-02: a follow-up note is never deleted'); END;

        INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
            ('complaint', 'complainantName', 'name'), ('complaint', 'complainantContact', 'phone'),
            ('complaint', 'content', 'narrative'), ('complaintFollowUp', 'note', 'narrative');
        """

    /// Rule CHK-02: the quarterly check of a worker's service by a supervisor up their chain (自我检查制度 三、五), and
    /// the quarterly check of the relationship between an employer unit and the staff at a service point
    /// (自我检查制度 四). Staff records, not client data; never edited or deleted.
    private static let checkSchema = """
        CREATE TABLE supervisorCheck (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            workerCode TEXT NOT NULL REFERENCES worker(code),
            checkerCode TEXT NOT NULL REFERENCES worker(code),
            checkedOn TEXT NOT NULL CHECK (checkedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            findings TEXT NOT NULL CHECK (findings <> ''),
            strengths TEXT NOT NULL DEFAULT '',
            problems TEXT NOT NULL DEFAULT '',
            measures TEXT NOT NULL DEFAULT '',
            recordedAt TEXT NOT NULL,
            CHECK (workerCode <> checkerCode)
        );
        CREATE INDEX supervisorCheck_worker ON supervisorCheck(workerCode, checkedOn);
        CREATE TRIGGER supervisorCheck_never_edited BEFORE UPDATE ON supervisorCheck
            BEGIN SELECT RAISE(ABORT, 'CHK-02: a check record is never edited'); END;
        CREATE TRIGGER supervisorCheck_never_deleted BEFORE DELETE ON supervisorCheck
            BEGIN SELECT RAISE(ABORT, 'CHK-02: a check record is never deleted'); END;

        CREATE TABLE employerCheck (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            servicePointID INTEGER NOT NULL REFERENCES servicePoint(id),
            checkerCode TEXT NOT NULL REFERENCES worker(code),
            checkedOn TEXT NOT NULL CHECK (checkedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            findings TEXT NOT NULL CHECK (findings <> ''),
            strengths TEXT NOT NULL DEFAULT '',
            problems TEXT NOT NULL DEFAULT '',
            measures TEXT NOT NULL DEFAULT '',
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX employerCheck_servicePoint ON employerCheck(servicePointID, checkedOn);
        CREATE TRIGGER employerCheck_never_edited BEFORE UPDATE ON employerCheck
            BEGIN SELECT RAISE(ABORT, 'CHK-02: a check record is never edited'); END;
        CREATE TRIGGER employerCheck_never_deleted BEFORE DELETE ON employerCheck
            BEGIN SELECT RAISE(ABORT, 'CHK-02: a check record is never deleted'); END;
        """

    /// Rule CHK-05: whom the centre visits (拜访用人单位制度), an editable list whose rows are deactivated, never
    /// deleted; and the visits, never edited or deleted.
    private static let employerVisitSchema = """
        CREATE TABLE visitTarget (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL CHECK (name <> ''),
            kind TEXT NOT NULL CHECK (kind IN ('healthBureau', 'townSocialAffairs', 'disabledPersonsFederation',
                                               'justice', 'projectLead', 'townPostDepartment')),
            townID INTEGER REFERENCES town(id),
            servicePointID INTEGER REFERENCES servicePoint(id),
            isActive BOOLEAN NOT NULL DEFAULT 1,
            createdBy TEXT NOT NULL,
            createdAt TEXT NOT NULL,
            UNIQUE (name, kind)
        );
        CREATE TRIGGER visitTarget_never_deleted BEFORE DELETE ON visitTarget
            BEGIN SELECT RAISE(ABORT, 'CHK-05: a visit target is deactivated, never deleted'); END;

        CREATE TABLE employerVisit (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            targetID INTEGER NOT NULL REFERENCES visitTarget(id),
            visitedOn TEXT NOT NULL CHECK (visitedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            visitorCode TEXT NOT NULL REFERENCES worker(code),
            peopleMet TEXT NOT NULL CHECK (peopleMet <> ''),
            content TEXT NOT NULL CHECK (content <> ''),
            followUp TEXT NOT NULL DEFAULT '',
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX employerVisit_target ON employerVisit(targetID, visitedOn);
        CREATE TRIGGER employerVisit_never_edited BEFORE UPDATE ON employerVisit
            BEGIN SELECT RAISE(ABORT, 'CHK-05: a visit record is never edited'); END;
        CREATE TRIGGER employerVisit_never_deleted BEFORE DELETE ON employerVisit
            BEGIN SELECT RAISE(ABORT, 'CHK-05: a visit record is never deleted'); END;
        """
}
