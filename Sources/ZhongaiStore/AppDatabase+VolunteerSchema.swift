import GRDB

extension AppDatabase {
    /// Volunteers, their trainings and service times, outreach and newsletters — issue 8 (IND-01).
    static func registerVolunteerMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v18Volunteers) { db in
            try db.execute(sql: volunteerTables)
            try db.execute(sql: volunteerActivityTables)
            try db.execute(sql: publicityTables)
        }
    }

    /// Rule IND-01 (发展志愿者人数): the volunteer, a protected record held by the worker who recruited them and
    /// credited to `recruitedBy` in the month of `joinedOn`, whoever holds the record later. Never deleted: one
    /// who leaves is marked so, once.
    private static let volunteerTables = """
        CREATE TABLE volunteer (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
            name TEXT NOT NULL CHECK (name <> ''),
            gender TEXT CHECK (gender IN ('female', 'male')),
            phone TEXT CHECK (phone <> '' AND phone NOT GLOB '*[^0-9-]*'),
            birthYear INTEGER CHECK (birthYear BETWEEN 1900 AND 9999),
            skills TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            recruitedBy TEXT NOT NULL REFERENCES worker(code),
            joinedOn TEXT NOT NULL CHECK (joinedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            leftOn TEXT CHECK (leftOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND leftOn >= joinedOn),
            leftReason TEXT,
            createdBy TEXT NOT NULL REFERENCES worker(code),
            createdAt TEXT NOT NULL,
            CHECK ((leftOn IS NULL) = (leftReason IS NULL))
        );
        CREATE INDEX volunteer_joinedOn ON volunteer(joinedOn, recruitedBy);
        CREATE INDEX volunteer_name_phone ON volunteer(name, phone);
        CREATE TRIGGER volunteer_never_deleted BEFORE DELETE ON volunteer
            BEGIN SELECT RAISE(ABORT, 'CONF-05: a volunteer is never deleted; mark them as left'); END;
        CREATE TRIGGER volunteer_origin_never_changes BEFORE UPDATE ON volunteer
            WHEN NEW.id IS NOT OLD.id OR NEW.number IS NOT OLD.number OR NEW.recruitedBy IS NOT OLD.recruitedBy
              OR NEW.createdBy IS NOT OLD.createdBy OR NEW.createdAt IS NOT OLD.createdAt
              OR (OLD.leftOn IS NOT NULL AND (NEW.leftOn IS NOT OLD.leftOn OR NEW.leftReason IS NOT OLD.leftReason))
            BEGIN SELECT RAISE(ABORT, 'IND-01: a volunteer keeps their number and recruiter; leaving is recorded once'); END;
        INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
            ('volunteer', 'name', 'name'), ('volunteer', 'phone', 'phone'), ('volunteer', 'note', 'narrative');
        """

    /// Rule IND-01 (志愿者培训 次, 志愿者提供服务 人次): each counted for the worker who ran it (`holderCode`, the
    /// column name the access policy's SQL condition reads) in the month it took place. Counted records are never
    /// changed or deleted.
    private static let volunteerActivityTables = """
        CREATE TABLE volunteerTraining (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            heldOn TEXT NOT NULL CHECK (heldOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            title TEXT NOT NULL CHECK (title <> ''),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
            holderCode TEXT NOT NULL REFERENCES worker(code),
            servicePointID INTEGER REFERENCES servicePoint(id),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX volunteerTraining_heldOn ON volunteerTraining(heldOn, holderCode);
        CREATE INDEX volunteerTraining_holderCode ON volunteerTraining(holderCode);
        CREATE TABLE volunteerTrainingAttendee (
            trainingID TEXT NOT NULL REFERENCES volunteerTraining(id),
            volunteerID TEXT NOT NULL REFERENCES volunteer(id),
            PRIMARY KEY (trainingID, volunteerID)
        ) WITHOUT ROWID;
        CREATE INDEX volunteerTrainingAttendee_volunteerID ON volunteerTrainingAttendee(volunteerID);

        CREATE TABLE volunteerService (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            servedOn TEXT NOT NULL CHECK (servedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            hours REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
            activity TEXT NOT NULL CHECK (activity <> ''),
            programmeID TEXT REFERENCES programme(id),
            holderCode TEXT NOT NULL REFERENCES worker(code),
            servicePointID INTEGER REFERENCES servicePoint(id),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX volunteerService_servedOn ON volunteerService(servedOn, holderCode);
        CREATE INDEX volunteerService_holderCode ON volunteerService(holderCode);
        CREATE TABLE volunteerServiceVolunteer (
            serviceID TEXT NOT NULL REFERENCES volunteerService(id),
            volunteerID TEXT NOT NULL REFERENCES volunteer(id),
            PRIMARY KEY (serviceID, volunteerID)
        ) WITHOUT ROWID;
        CREATE INDEX volunteerServiceVolunteer_volunteerID ON volunteerServiceVolunteer(volunteerID);

        CREATE TRIGGER volunteerTraining_never_changes BEFORE UPDATE ON volunteerTraining
            BEGIN SELECT RAISE(ABORT, 'IND-01: a counted training is never changed'); END;
        CREATE TRIGGER volunteerTraining_never_deleted BEFORE DELETE ON volunteerTraining
            BEGIN SELECT RAISE(ABORT, 'IND-01: a counted training is never deleted'); END;
        CREATE TRIGGER volunteerTrainingAttendee_never_changes BEFORE UPDATE ON volunteerTrainingAttendee
            BEGIN SELECT RAISE(ABORT, 'IND-01: the attendees of a training never change'); END;
        CREATE TRIGGER volunteerTrainingAttendee_never_deleted BEFORE DELETE ON volunteerTrainingAttendee
            BEGIN SELECT RAISE(ABORT, 'IND-01: the attendees of a training never change'); END;
        CREATE TRIGGER volunteerService_never_changes BEFORE UPDATE ON volunteerService
            BEGIN SELECT RAISE(ABORT, 'IND-01: a counted service time is never changed'); END;
        CREATE TRIGGER volunteerService_never_deleted BEFORE DELETE ON volunteerService
            BEGIN SELECT RAISE(ABORT, 'IND-01: a counted service time is never deleted'); END;
        CREATE TRIGGER volunteerServiceVolunteer_never_changes BEFORE UPDATE ON volunteerServiceVolunteer
            BEGIN SELECT RAISE(ABORT, 'IND-01: the volunteers of a service time never change'); END;
        CREATE TRIGGER volunteerServiceVolunteer_never_deleted BEFORE DELETE ON volunteerServiceVolunteer
            BEGIN SELECT RAISE(ABORT, 'IND-01: the volunteers of a service time never change'); END;
        """

    /// Rule IND-01 (外展宣传 次, 服务简报 期; 服务手册 五.4(4)): each counted once for its worker in its month. A
    /// newsletter issue is counted once per service point.
    private static let publicityTables = """
        CREATE TABLE outreach (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            heldOn TEXT NOT NULL CHECK (heldOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            place TEXT NOT NULL CHECK (place <> ''),
            theme TEXT NOT NULL CHECK (theme <> ''),
            peopleReached INTEGER NOT NULL CHECK (peopleReached >= 1),
            note TEXT NOT NULL DEFAULT '',
            holderCode TEXT NOT NULL REFERENCES worker(code),
            servicePointID INTEGER REFERENCES servicePoint(id),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX outreach_heldOn ON outreach(heldOn, holderCode);
        CREATE INDEX outreach_holderCode ON outreach(holderCode);

        CREATE TABLE newsletter (
            id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
            issue TEXT NOT NULL CHECK (issue <> ''),
            title TEXT NOT NULL CHECK (title <> ''),
            publishedOn TEXT NOT NULL CHECK (publishedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            holderCode TEXT NOT NULL REFERENCES worker(code),
            servicePointID INTEGER REFERENCES servicePoint(id),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX newsletter_publishedOn ON newsletter(publishedOn, holderCode);
        CREATE INDEX newsletter_holderCode ON newsletter(holderCode);
        CREATE UNIQUE INDEX newsletter_issue ON newsletter(servicePointID, issue);

        CREATE TRIGGER outreach_never_changes BEFORE UPDATE ON outreach
            BEGIN SELECT RAISE(ABORT, 'IND-01: a counted outreach is never changed'); END;
        CREATE TRIGGER outreach_never_deleted BEFORE DELETE ON outreach
            BEGIN SELECT RAISE(ABORT, 'IND-01: a counted outreach is never deleted'); END;
        CREATE TRIGGER newsletter_never_changes BEFORE UPDATE ON newsletter
            BEGIN SELECT RAISE(ABORT, 'IND-01: a counted newsletter is never changed'); END;
        CREATE TRIGGER newsletter_never_deleted BEFORE DELETE ON newsletter
            BEGIN SELECT RAISE(ABORT, 'IND-01: a counted newsletter is never deleted'); END;
        """
}
