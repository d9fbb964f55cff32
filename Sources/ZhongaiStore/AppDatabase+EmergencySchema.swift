import GRDB

extension AppDatabase {
    /// Emergency plans, events and their logs, safety inspections — issue 7.
    static func registerEmergencyMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v13Emergency) { db in
            try db.execute(sql: emergencyPlanSchema)
            try db.execute(sql: emergencyEventSchema)
            try db.execute(sql: safetyInspectionSchema)
        }
    }

    /// Rule EMG-02: each plan kind in versions that never change (an edit inserts the next version); EMG-01: the
    /// posts of each service point's safety group assigned by hand (posts with no row are filled from the directory).
    private static let emergencyPlanSchema = """
        CREATE TABLE emergencyPlan (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('fire', 'foodPoisoning', 'outingSafety', 'suddenIllness',
                                               'psychiatricCrisis', 'trafficAccident')),
            version INTEGER NOT NULL CHECK (version >= 1),
            title TEXT NOT NULL CHECK (title <> ''),
            createdBy TEXT REFERENCES worker(code),
            createdAt TEXT NOT NULL,
            UNIQUE (kind, version)
        );
        CREATE TABLE emergencyPlanStep (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            planID INTEGER NOT NULL REFERENCES emergencyPlan(id),
            position INTEGER NOT NULL CHECK (position >= 1),
            text TEXT NOT NULL CHECK (text <> ''),
            -- Rule EMG-02: every step says who does it.
            role TEXT NOT NULL CHECK (role IN ('leader', 'deputyLeader', 'member', 'logistics', 'firstWitness',
                                               'onDuty', 'staffPresent')),
            callNumbers TEXT NOT NULL DEFAULT '' CHECK (callNumbers NOT GLOB '*[^0-9,]*'),
            parallelGroup INTEGER NOT NULL CHECK (parallelGroup >= 1),
            UNIQUE (planID, position)
        );
        CREATE TRIGGER emergencyPlanNeverEdited BEFORE UPDATE ON emergencyPlan
            BEGIN SELECT RAISE(ABORT, 'EMG-02: a plan version never changes; an edit makes a new version'); END;
        CREATE TRIGGER emergencyPlanNeverDeleted BEFORE DELETE ON emergencyPlan
            BEGIN SELECT RAISE(ABORT, 'EMG-02: a plan version is kept for the events that ran it'); END;
        CREATE TRIGGER emergencyPlanStepNeverEdited BEFORE UPDATE ON emergencyPlanStep
            BEGIN SELECT RAISE(ABORT, 'EMG-02: a plan version never changes; an edit makes a new version'); END;
        CREATE TRIGGER emergencyPlanStepNeverDeleted BEFORE DELETE ON emergencyPlanStep
            BEGIN SELECT RAISE(ABORT, 'EMG-02: a plan version is kept for the events that ran it'); END;

        CREATE TABLE safetyGroupMember (
            servicePointID INTEGER NOT NULL REFERENCES servicePoint(id),
            role TEXT NOT NULL CHECK (role IN ('leader', 'deputyLeader', 'member', 'logistics')),
            workerCode TEXT NOT NULL REFERENCES worker(code),
            isDeputy BOOLEAN NOT NULL DEFAULT 0,
            PRIMARY KEY (servicePointID, role, workerCode)
        );
        CREATE INDEX safetyGroupMemberWorker ON safetyGroupMember(workerCode);
        """

    /// Rule EMG-03: events and drills with the plan version they ran; each step ticked once, by whom and when, and
    /// only a step of that version; the report, then annotations. Once the report is submitted the event, its log
    /// and its report never change; nothing of an event is ever deleted.
    private static let emergencyEventSchema = """
        CREATE TABLE emergencyEvent (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            planID INTEGER NOT NULL REFERENCES emergencyPlan(id),
            isDrill BOOLEAN NOT NULL,
            servicePointID INTEGER NOT NULL REFERENCES servicePoint(id),
            startedBy TEXT NOT NULL REFERENCES worker(code),
            startedAt TEXT NOT NULL,
            endedBy TEXT REFERENCES worker(code),
            endedAt TEXT,
            CHECK ((endedAt IS NULL) = (endedBy IS NULL)),
            CHECK (endedAt IS NULL OR endedAt >= startedAt)
        );
        CREATE INDEX emergencyEventServicePoint ON emergencyEvent(servicePointID, startedAt);
        CREATE INDEX emergencyEventPlan ON emergencyEvent(planID);

        CREATE TABLE emergencyStepLog (
            eventID TEXT NOT NULL REFERENCES emergencyEvent(id),
            stepID INTEGER NOT NULL REFERENCES emergencyPlanStep(id),
            doneAt TEXT NOT NULL,
            doneBy TEXT NOT NULL REFERENCES worker(code),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            note TEXT NOT NULL DEFAULT '',
            -- Rule EMG-03: a step is ticked once.
            PRIMARY KEY (eventID, stepID)
        );
        -- Rule EMG-03: only a step of the plan version the event runs.
        CREATE TRIGGER emergencyStepOfTheEventsPlan BEFORE INSERT ON emergencyStepLog
            WHEN (SELECT planID FROM emergencyPlanStep WHERE id = NEW.stepID)
                 IS NOT (SELECT planID FROM emergencyEvent WHERE id = NEW.eventID)
            BEGIN SELECT RAISE(ABORT, 'EMG-03: the step is not of this event''s plan'); END;
        CREATE TRIGGER emergencyStepLogNeverEdited BEFORE UPDATE ON emergencyStepLog
            BEGIN SELECT RAISE(ABORT, 'EMG-03: a ticked step is never edited; annotate the log'); END;
        CREATE TRIGGER emergencyStepLogNeverDeleted BEFORE DELETE ON emergencyStepLog
            BEGIN SELECT RAISE(ABORT, 'EMG-03: a ticked step is never deleted'); END;

        CREATE TABLE emergencyReport (
            eventID TEXT PRIMARY KEY NOT NULL REFERENCES emergencyEvent(id),
            account TEXT NOT NULL DEFAULT '',
            peopleAffected TEXT NOT NULL DEFAULT '',
            followUp TEXT NOT NULL DEFAULT '',
            savedBy TEXT NOT NULL REFERENCES worker(code),
            savedAt TEXT NOT NULL,
            submittedBy TEXT REFERENCES worker(code),
            submittedAt TEXT,
            CHECK ((submittedAt IS NULL) = (submittedBy IS NULL))
        );
        CREATE TRIGGER emergencyReportFinalOnceSubmitted BEFORE UPDATE ON emergencyReport
            WHEN OLD.submittedAt IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'EMG-03: a submitted report is never edited; annotate the log'); END;
        CREATE TRIGGER emergencyReportNeverDeleted BEFORE DELETE ON emergencyReport
            BEGIN SELECT RAISE(ABORT, 'EMG-03: a report is never deleted'); END;
        CREATE TRIGGER emergencyEventFinalOnceReported BEFORE UPDATE ON emergencyEvent
            WHEN EXISTS (SELECT 1 FROM emergencyReport WHERE eventID = OLD.id AND submittedAt IS NOT NULL)
                 OR NEW.id IS NOT OLD.id OR NEW.planID IS NOT OLD.planID OR NEW.startedAt IS NOT OLD.startedAt
                 OR NEW.startedBy IS NOT OLD.startedBy OR NEW.isDrill IS NOT OLD.isDrill
                 OR NEW.servicePointID IS NOT OLD.servicePointID OR OLD.endedAt IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'EMG-03: an event changes only by its end, once'); END;
        CREATE TRIGGER emergencyEventNeverDeleted BEFORE DELETE ON emergencyEvent
            BEGIN SELECT RAISE(ABORT, 'EMG-03: an event is never deleted'); END;
        CREATE TRIGGER emergencyStepLogClosedByReport BEFORE INSERT ON emergencyStepLog
            WHEN EXISTS (SELECT 1 FROM emergencyReport WHERE eventID = NEW.eventID AND submittedAt IS NOT NULL)
            BEGIN SELECT RAISE(ABORT, 'EMG-03: the report is submitted; annotate the log'); END;

        CREATE TABLE emergencyAnnotation (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            eventID TEXT NOT NULL REFERENCES emergencyEvent(id),
            position INTEGER CHECK (position >= 1),
            text TEXT NOT NULL CHECK (text <> ''),
            writtenBy TEXT NOT NULL REFERENCES worker(code),
            writtenAt TEXT NOT NULL
        );
        CREATE INDEX emergencyAnnotationEvent ON emergencyAnnotation(eventID);
        CREATE TRIGGER emergencyAnnotationNeverEdited BEFORE UPDATE ON emergencyAnnotation
            BEGIN SELECT RAISE(ABORT, 'EMG-03: an annotation is never edited'); END;
        CREATE TRIGGER emergencyAnnotationNeverDeleted BEFORE DELETE ON emergencyAnnotation
            BEGIN SELECT RAISE(ABORT, 'EMG-03: an annotation is never deleted'); END;
        """

    /// Rule CHK-04: inspections of a service point's workplace, the nine items (each recorded once), photos kept
    /// in the database, and follow-up actions with their due days (done once). Nothing is deleted.
    private static let safetyInspectionSchema = """
        CREATE TABLE safetyInspection (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            servicePointID INTEGER NOT NULL REFERENCES servicePoint(id),
            inspectedOn TEXT NOT NULL CHECK (inspectedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            inspectorCode TEXT NOT NULL REFERENCES worker(code),
            note TEXT NOT NULL DEFAULT '',
            startedAt TEXT NOT NULL
        );
        CREATE INDEX safetyInspectionServicePoint ON safetyInspection(servicePointID, inspectedOn);
        CREATE TRIGGER safetyInspectionNeverEdited BEFORE UPDATE ON safetyInspection
            BEGIN SELECT RAISE(ABORT, 'CHK-04: an inspection record is never edited'); END;
        CREATE TRIGGER safetyInspectionNeverDeleted BEFORE DELETE ON safetyInspection
            BEGIN SELECT RAISE(ABORT, 'CHK-04: an inspection record is never deleted'); END;

        CREATE TABLE safetyInspectionItem (
            inspectionID TEXT NOT NULL REFERENCES safetyInspection(id),
            item TEXT NOT NULL CHECK (item IN ('wiring', 'plumbing', 'extinguishers', 'buildingSoundness',
                                               'antiTheft', 'doorsWindows', 'recordsRoom', 'filesConfidential',
                                               'papersOrdered')),
            outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'finding')),
            finding TEXT NOT NULL DEFAULT '',
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL,
            PRIMARY KEY (inspectionID, item),
            CHECK ((outcome = 'finding') = (finding <> ''))
        );
        CREATE TRIGGER safetyInspectionItemNeverEdited BEFORE UPDATE ON safetyInspectionItem
            BEGIN SELECT RAISE(ABORT, 'CHK-04: an inspection record is never edited'); END;
        CREATE TRIGGER safetyInspectionItemNeverDeleted BEFORE DELETE ON safetyInspectionItem
            BEGIN SELECT RAISE(ABORT, 'CHK-04: an inspection record is never deleted'); END;

        CREATE TABLE safetyInspectionPhoto (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            inspectionID TEXT NOT NULL REFERENCES safetyInspection(id),
            item TEXT CHECK (item IN ('wiring', 'plumbing', 'extinguishers', 'buildingSoundness', 'antiTheft',
                                      'doorsWindows', 'recordsRoom', 'filesConfidential', 'papersOrdered')),
            fileName TEXT NOT NULL CHECK (fileName <> ''),
            mediaType TEXT NOT NULL,
            data BLOB NOT NULL,
            addedBy TEXT NOT NULL REFERENCES worker(code),
            addedAt TEXT NOT NULL
        );
        CREATE INDEX safetyInspectionPhotoInspection ON safetyInspectionPhoto(inspectionID);
        CREATE TRIGGER safetyInspectionPhotoNeverEdited BEFORE UPDATE ON safetyInspectionPhoto
            BEGIN SELECT RAISE(ABORT, 'CHK-04: an inspection record is never edited'); END;
        CREATE TRIGGER safetyInspectionPhotoNeverDeleted BEFORE DELETE ON safetyInspectionPhoto
            BEGIN SELECT RAISE(ABORT, 'CHK-04: an inspection record is never deleted'); END;

        CREATE TABLE safetyFollowUp (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            inspectionID TEXT NOT NULL REFERENCES safetyInspection(id),
            item TEXT CHECK (item IN ('wiring', 'plumbing', 'extinguishers', 'buildingSoundness', 'antiTheft',
                                      'doorsWindows', 'recordsRoom', 'filesConfidential', 'papersOrdered')),
            action TEXT NOT NULL CHECK (action <> ''),
            dueOn TEXT NOT NULL CHECK (dueOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            ownerCode TEXT REFERENCES worker(code),
            doneOn TEXT CHECK (doneOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            doneBy TEXT REFERENCES worker(code),
            CHECK ((doneOn IS NULL) = (doneBy IS NULL))
        );
        CREATE INDEX safetyFollowUpInspection ON safetyFollowUp(inspectionID);
        CREATE INDEX safetyFollowUpOpen ON safetyFollowUp(dueOn) WHERE doneOn IS NULL;
        CREATE TRIGGER safetyFollowUpDoneOnce BEFORE UPDATE ON safetyFollowUp
            WHEN OLD.doneOn IS NOT NULL OR NEW.action IS NOT OLD.action OR NEW.dueOn IS NOT OLD.dueOn
                 OR NEW.inspectionID IS NOT OLD.inspectionID OR NEW.item IS NOT OLD.item
                 OR NEW.ownerCode IS NOT OLD.ownerCode
            BEGIN SELECT RAISE(ABORT, 'CHK-04: a follow-up keeps its action and due day and is done once'); END;
        CREATE TRIGGER safetyFollowUpNeverDeleted BEFORE DELETE ON safetyFollowUp
            BEGIN SELECT RAISE(ABORT, 'CHK-04: an inspection record is never deleted'); END;
        """
}
