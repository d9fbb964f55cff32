import GRDB

extension AppDatabase {
    /// Groups and activities (小组/活动): programmes, plans, registrations, sessions, reports — issue 5.
    static func registerProgrammeMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v11Programmes) { db in
            try db.execute(sql: programmeTables)
            try db.execute(sql: documentTables)
            try db.execute(sql: outingTables)
            try db.execute(sql: feedbackTables)
            try db.execute(sql: archiveTables)
        }
    }

    /// Rules GRP-01, GRP-03, ARC-01: the programme (a protected record held by the worker who leads it), its
    /// sessions and its registrations. Registrations carry UUIDs made where they are taken (offline stations).
    private static let programmeTables = """
        CREATE TABLE programme (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            -- Rule ARC-01: nature G for a group, P for an activity.
            code TEXT NOT NULL UNIQUE REFERENCES archiveCode(code),
            kind TEXT NOT NULL CHECK (kind IN ('therapeuticGroup', 'preventiveGroup', 'largeActivity',
                                               'smallActivity', 'lecture', 'workshop', 'outreach')),
            title TEXT NOT NULL CHECK (title <> ''),
            isOuting BOOLEAN NOT NULL DEFAULT 0,
            -- Rule GRP-03: a group always has fixed members; an activity may.
            hasFixedMembers BOOLEAN NOT NULL DEFAULT 0
                CHECK (hasFixedMembers OR kind NOT IN ('therapeuticGroup', 'preventiveGroup')),
            startsOn TEXT NOT NULL CHECK (startsOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            endsOn TEXT NOT NULL CHECK (endsOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND endsOn >= startsOn),
            registrationOpensOn TEXT CHECK (registrationOpensOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                                            AND registrationOpensOn < startsOn),
            registrationClosesOn TEXT CHECK (registrationClosesOn >= registrationOpensOn
                                             AND registrationClosesOn <= endsOn),
            -- Rule GRP-01: the stage its recorded events place it in.
            stage TEXT NOT NULL DEFAULT 'planning' CHECK (stage IN ('planning', 'planSubmitted', 'planApproved',
                                                                    'reportSubmitted', 'reportApproved', 'archived')),
            createdBy TEXT NOT NULL REFERENCES worker(code),
            createdAt TEXT NOT NULL,
            createdOn TEXT NOT NULL CHECK (createdOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            -- Rule GRP-07: when and by whom it was archived.
            archivedOn TEXT CHECK (archivedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            archivedBy TEXT REFERENCES worker(code),
            CHECK ((registrationOpensOn IS NULL) = (registrationClosesOn IS NULL)),
            CHECK ((stage = 'archived') = (archivedOn IS NOT NULL)),
            CHECK ((archivedOn IS NULL) = (archivedBy IS NULL))
        );
        CREATE INDEX programme_startsOn ON programme(startsOn);
        CREATE INDEX programme_endsOn ON programme(endsOn);
        CREATE INDEX programme_stage ON programme(stage);
        CREATE TRIGGER programme_never_deleted BEFORE DELETE ON programme
            BEGIN SELECT RAISE(ABORT, 'CONF-05: a group or activity is never deleted outside a logged destruction'); END;
        CREATE TRIGGER programme_origin_never_changes BEFORE UPDATE ON programme
            WHEN NEW.id IS NOT OLD.id OR NEW.code IS NOT OLD.code OR NEW.kind IS NOT OLD.kind
              OR NEW.createdBy IS NOT OLD.createdBy OR NEW.createdAt IS NOT OLD.createdAt
              OR NEW.createdOn IS NOT OLD.createdOn
            BEGIN SELECT RAISE(ABORT, 'ARC-01: a group or activity keeps its code, kind and creation'); END;
        CREATE TRIGGER programme_archived_is_final BEFORE UPDATE ON programme
            WHEN OLD.stage = 'archived'
            BEGIN SELECT RAISE(ABORT, 'GRP-07: an archived group or activity is not changed'); END;

        CREATE TABLE programmeSession (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            programmeID TEXT NOT NULL REFERENCES programme(id),
            number INTEGER NOT NULL CHECK (number >= 1),
            heldOn TEXT NOT NULL CHECK (heldOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            startTime TEXT NOT NULL CHECK (startTime GLOB '[0-2][0-9]:[0-5][0-9]'),
            durationMinutes INTEGER NOT NULL CHECK (durationMinutes BETWEEN 1 AND 1440),
            venue TEXT NOT NULL CHECK (venue <> ''),
            UNIQUE (programmeID, number)
        );
        CREATE INDEX programmeSession_heldOn ON programmeSession(heldOn);
        CREATE TRIGGER programmeSession_never_deleted BEFORE DELETE ON programmeSession
            BEGIN SELECT RAISE(ABORT, 'GRP-04: a session keeps its sign-in sheet and is never deleted'); END;
        CREATE TRIGGER programmeSession_keeps_its_place BEFORE UPDATE ON programmeSession
            WHEN NEW.id IS NOT OLD.id OR NEW.programmeID IS NOT OLD.programmeID OR NEW.number IS NOT OLD.number
            BEGIN SELECT RAISE(ABORT, 'GRP-04: a session keeps its programme and number'); END;

        -- Rule GRP-03: 《报名表》; walk-ins added at a session wait for matching (matchedAt).
        CREATE TABLE registration (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            programmeID TEXT NOT NULL REFERENCES programme(id),
            name TEXT NOT NULL CHECK (name <> ''),
            phone TEXT NOT NULL DEFAULT '' CHECK (phone NOT GLOB '*[^0-9]*'),
            gender TEXT NOT NULL DEFAULT 'unstated' CHECK (gender IN ('female', 'male', 'unstated')),
            ageGroup TEXT NOT NULL DEFAULT 'unstated' CHECK (ageGroup IN ('child', 'youth', 'adult', 'senior',
                                                                          'unstated')),
            clientID TEXT REFERENCES client(id),
            isWalkIn BOOLEAN NOT NULL DEFAULT 0,
            matchedAt TEXT,
            registeredOn TEXT NOT NULL CHECK (registeredOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX registration_programmeID ON registration(programmeID, recordedAt);
        CREATE INDEX registration_clientID ON registration(clientID) WHERE clientID IS NOT NULL;
        CREATE INDEX registration_awaitingMatch ON registration(programmeID) WHERE isWalkIn AND matchedAt IS NULL;
        CREATE TRIGGER registration_never_deleted BEFORE DELETE ON registration
            BEGIN SELECT RAISE(ABORT, 'CONF-05: a registration is never deleted outside a logged destruction'); END;
        CREATE TRIGGER registration_origin_never_changes BEFORE UPDATE ON registration
            WHEN NEW.id IS NOT OLD.id OR NEW.programmeID IS NOT OLD.programmeID OR NEW.isWalkIn IS NOT OLD.isWalkIn
              OR NEW.recordedBy IS NOT OLD.recordedBy OR NEW.recordedAt IS NOT OLD.recordedAt
              OR (OLD.matchedAt IS NOT NULL AND NEW.matchedAt IS NOT OLD.matchedAt)
            BEGIN SELECT RAISE(ABORT, 'GRP-03: a registration keeps its programme and origin; a match is made once'); END;

        INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
            ('registration', 'name', 'name'), ('registration', 'phone', 'phone');
        """

    /// Rules GRP-02, GRP-06: the plan (《小组计划书》/《活动计划书》) and the report with its finance report, each
    /// the JSON of its domain type, replaced on edit while it may be edited; the review history (submitted,
    /// approved, returned) is append-only, like a case's approvals.
    private static let documentTables = """
        CREATE TABLE programmePlan (
            programmeID TEXT PRIMARY KEY NOT NULL REFERENCES programme(id),
            content TEXT NOT NULL CHECK (json_valid(content)),
            updatedBy TEXT NOT NULL REFERENCES worker(code),
            updatedAt TEXT NOT NULL
        );
        CREATE TRIGGER programmePlan_never_deleted BEFORE DELETE ON programmePlan
            BEGIN SELECT RAISE(ABORT, 'GRP-02: a plan is edited, never deleted'); END;
        CREATE TRIGGER programmePlan_fixed_once_submitted BEFORE UPDATE ON programmePlan
            WHEN (SELECT stage FROM programme WHERE id = OLD.programmeID) <> 'planning'
            BEGIN SELECT RAISE(ABORT, 'GRP-02: a plan is edited only before it is submitted, or once returned'); END;

        CREATE TABLE programmeReport (
            programmeID TEXT PRIMARY KEY NOT NULL REFERENCES programme(id),
            content TEXT NOT NULL CHECK (json_valid(content)),
            updatedBy TEXT NOT NULL REFERENCES worker(code),
            updatedAt TEXT NOT NULL
        );
        CREATE TRIGGER programmeReport_never_deleted BEFORE DELETE ON programmeReport
            BEGIN SELECT RAISE(ABORT, 'GRP-06: a report is edited, never deleted'); END;
        CREATE TRIGGER programmeReport_fixed_once_submitted BEFORE UPDATE ON programmeReport
            WHEN (SELECT stage FROM programme WHERE id = OLD.programmeID) <> 'planApproved'
            BEGIN SELECT RAISE(ABORT, 'GRP-06: a report is edited only before it is submitted, or once returned'); END;

        CREATE TABLE programmeReview (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            programmeID TEXT NOT NULL REFERENCES programme(id),
            document TEXT NOT NULL CHECK (document IN ('plan', 'report')),
            event TEXT NOT NULL CHECK (event IN ('submitted', 'approved', 'returned')),
            comment TEXT NOT NULL DEFAULT '',
            -- Rule C1: the lead-time warning the approval was given with (below two weeks), if any.
            warning TEXT NOT NULL DEFAULT '',
            actorCode TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL,
            recordedOn TEXT NOT NULL CHECK (recordedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            -- A return says why.
            CHECK (event <> 'returned' OR comment <> '')
        );
        CREATE INDEX programmeReview_programme ON programmeReview(programmeID, id);
        CREATE TRIGGER programmeReview_never_edited BEFORE UPDATE ON programmeReview
            BEGIN SELECT RAISE(ABORT, 'GRP-02: the review history is never edited'); END;
        CREATE TRIGGER programmeReview_never_deleted BEFORE DELETE ON programmeReview
            BEGIN SELECT RAISE(ABORT, 'GRP-02: the review history is never edited'); END;
        INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
            ('programmeReport', 'content', 'narrative');
        """

    /// Rule GRP-10: an outing's site survey, guardians' notice and vehicles, editable until the plan is approved.
    private static let outingTables = """
        CREATE TABLE programmeOuting (
            programmeID TEXT PRIMARY KEY NOT NULL REFERENCES programme(id),
            surveyedOn TEXT NOT NULL CHECK (surveyedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            surveyor TEXT NOT NULL CHECK (surveyor <> ''),
            findings TEXT NOT NULL CHECK (findings <> ''),
            route TEXT NOT NULL CHECK (route <> ''),
            usesVehicles BOOLEAN NOT NULL,
            guardiansTakeParticipants BOOLEAN NOT NULL,
            -- The written notice with its safety points, when guardians take participants.
            guardianNotice TEXT NOT NULL DEFAULT '',
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL,
            CHECK (NOT guardiansTakeParticipants OR guardianNotice <> '')
        );
        CREATE TABLE programmeVehicle (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            programmeID TEXT NOT NULL REFERENCES programmeOuting(programmeID),
            plate TEXT NOT NULL CHECK (plate <> ''),
            -- 行驶证: the vehicle's licence.
            licence TEXT NOT NULL CHECK (licence <> ''),
            roadworthyConfirmed BOOLEAN NOT NULL,
            UNIQUE (programmeID, plate)
        );
        CREATE TRIGGER programmeOuting_fixed_once_approved BEFORE UPDATE ON programmeOuting
            WHEN (SELECT stage FROM programme WHERE id = OLD.programmeID) NOT IN ('planning', 'planSubmitted')
            BEGIN SELECT RAISE(ABORT, 'GRP-10: the outing safety record is fixed once the plan is approved'); END;
        CREATE TRIGGER programmeOuting_never_deleted BEFORE DELETE ON programmeOuting
            BEGIN SELECT RAISE(ABORT, 'GRP-10: the outing safety record is never deleted'); END;
        CREATE TRIGGER programmeVehicle_fixed_once_approved BEFORE DELETE ON programmeVehicle
            WHEN (SELECT stage FROM programme WHERE id = OLD.programmeID) NOT IN ('planning', 'planSubmitted')
            BEGIN SELECT RAISE(ABORT, 'GRP-10: the outing safety record is fixed once the plan is approved'); END;
        CREATE TRIGGER programmeVehicle_never_edited BEFORE UPDATE ON programmeVehicle
            BEGIN SELECT RAISE(ABORT, 'GRP-10: a vehicle is replaced, not edited'); END;
        """

    /// Rules GRP-05, IND-02: one 参加者意见表 per participant (registration), never changed; a score of 1–5 per item.
    private static let feedbackTables = """
        CREATE TABLE programmeFeedback (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            programmeID TEXT NOT NULL REFERENCES programme(id),
            registrationID TEXT NOT NULL UNIQUE REFERENCES registration(id),
            comments TEXT NOT NULL DEFAULT '',
            filledOn TEXT NOT NULL CHECK (filledOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX programmeFeedback_programme ON programmeFeedback(programmeID);
        CREATE TRIGGER programmeFeedback_same_programme BEFORE INSERT ON programmeFeedback
            WHEN NOT EXISTS (SELECT 1 FROM registration WHERE id = NEW.registrationID AND programmeID = NEW.programmeID)
            BEGIN SELECT RAISE(ABORT, 'GRP-05: a feedback form is from a participant of that programme'); END;
        CREATE TRIGGER programmeFeedback_never_edited BEFORE UPDATE ON programmeFeedback
            BEGIN SELECT RAISE(ABORT, 'GRP-05: a feedback form is never edited'); END;
        CREATE TRIGGER programmeFeedback_never_deleted BEFORE DELETE ON programmeFeedback
            BEGIN SELECT RAISE(ABORT, 'GRP-05: a feedback form is never deleted'); END;
        CREATE TABLE programmeFeedbackScore (
            feedbackID TEXT NOT NULL REFERENCES programmeFeedback(id),
            item TEXT NOT NULL CHECK (item IN ('content', 'arrangement', 'workerPerformance', 'overall')),
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            PRIMARY KEY (feedbackID, item)
        );
        CREATE TRIGGER programmeFeedbackScore_never_edited BEFORE UPDATE ON programmeFeedbackScore
            BEGIN SELECT RAISE(ABORT, 'GRP-05: a feedback form is never edited'); END;
        CREATE TRIGGER programmeFeedbackScore_never_deleted BEFORE DELETE ON programmeFeedbackScore
            BEGIN SELECT RAISE(ABORT, 'GRP-05: a feedback form is never deleted'); END;
        INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
            ('programmeFeedback', 'comments', 'narrative');
        """

    /// Rule GRP-08: each document of the archive checklist ticked once, with who and when.
    private static let archiveTables = """
        CREATE TABLE programmeArchiveItem (
            programmeID TEXT NOT NULL REFERENCES programme(id),
            document TEXT NOT NULL CHECK (document IN ('plan', 'registrationForm', 'rollCall', 'signInSheet',
                                                       'groupRecord', 'feedbackForms', 'report', 'pressRelease',
                                                       'attachmentList')),
            tickedBy TEXT NOT NULL REFERENCES worker(code),
            tickedAt TEXT NOT NULL,
            PRIMARY KEY (programmeID, document)
        );
        CREATE TRIGGER programmeArchiveItem_never_edited BEFORE UPDATE ON programmeArchiveItem
            BEGIN SELECT RAISE(ABORT, 'GRP-08: a ticked archive item stays ticked'); END;
        CREATE TRIGGER programmeArchiveItem_never_deleted BEFORE DELETE ON programmeArchiveItem
            BEGIN SELECT RAISE(ABORT, 'GRP-08: a ticked archive item stays ticked'); END;
        """
}
