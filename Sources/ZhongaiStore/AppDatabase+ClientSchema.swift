import GRDB

extension AppDatabase {
    /// Clients (服务对象), consultations and visits: issue 4.
    static func registerClientMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v5Clients) { db in
            try db.execute(sql: clientTables)
            try db.execute(sql: consentMovesWithMerge)
            try db.execute(sql: consultationAndVisitTables)
        }
    }

    /// Clients and their household members. Protected records: the holder and service point are in
    /// protectedRecord. A duplicate is never deleted: it is marked merged into the record kept.
    private static let clientTables = """
        CREATE TABLE client (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            name TEXT NOT NULL CHECK (name <> ''),
            gender TEXT CHECK (gender IN ('female', 'male')),
            birthDate TEXT CHECK (birthDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            -- Rule INTAKE-01
            categoryCode TEXT NOT NULL REFERENCES clientCategory(code) ON UPDATE CASCADE,
            phone TEXT CHECK (phone <> ''),
            idDocumentKind TEXT CHECK (idDocumentKind IN ('residentID', 'other')),
            idNumber TEXT CHECK (idNumber <> ''),
            address TEXT CHECK (address <> ''),
            lacksCapacity BOOLEAN NOT NULL DEFAULT 0,
            guardianName TEXT CHECK (guardianName <> ''),
            guardianRelationship TEXT CHECK (guardianRelationship <> ''),
            guardianPhone TEXT CHECK (guardianPhone <> ''),
            note TEXT NOT NULL DEFAULT '',
            createdBy TEXT NOT NULL REFERENCES worker(code),
            createdAt TEXT NOT NULL,
            mergedInto TEXT REFERENCES client(id),
            mergedAt TEXT,
            CHECK ((idDocumentKind IS NULL) = (idNumber IS NULL)),
            CHECK (idDocumentKind IS NOT 'residentID' OR length(idNumber) = 18),
            CHECK ((guardianName IS NULL) = (guardianRelationship IS NULL)),
            CHECK (guardianPhone IS NULL OR guardianName IS NOT NULL),
            -- Rule CASE-04: a guardian acts for a client without capacity.
            CHECK (guardianName IS NOT NULL OR NOT lacksCapacity),
            CHECK (mergedInto IS NULL OR mergedInto <> id),
            CHECK ((mergedInto IS NULL) = (mergedAt IS NULL))
        );
        -- One person, one record: an ID number is on one unmerged client only.
        CREATE UNIQUE INDEX client_idNumber ON client(idNumber) WHERE mergedInto IS NULL;
        CREATE INDEX client_name_phone ON client(name, phone);
        -- Finding a client by the last 4 digits of the phone, as clients give it on the phone.
        CREATE INDEX client_phoneTail ON client(substr(phone, -4));
        CREATE INDEX client_mergedInto ON client(mergedInto);
        CREATE TRIGGER client_never_deleted BEFORE DELETE ON client
            BEGIN SELECT RAISE(ABORT, 'CONF-05: a client is merged, never deleted'); END;
        CREATE TRIGGER client_origin_never_changes BEFORE UPDATE OF id, createdBy, createdAt ON client
            WHEN NEW.id IS NOT OLD.id OR NEW.createdBy IS NOT OLD.createdBy OR NEW.createdAt IS NOT OLD.createdAt
            BEGIN SELECT RAISE(ABORT, 'CONF-02: a client keeps its id and origin'); END;
        CREATE TRIGGER client_merged_never_changes BEFORE UPDATE ON client
            WHEN OLD.mergedInto IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'CONF-02: a merged client record is kept as it was'); END;
        CREATE TRIGGER client_merged_into_unmerged BEFORE UPDATE OF mergedInto ON client
            WHEN NEW.mergedInto IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM client WHERE id = NEW.mergedInto AND mergedInto IS NULL)
            BEGIN SELECT RAISE(ABORT, 'CONF-02: a client is merged into a client that is not merged itself'); END;

        CREATE TABLE clientHouseholdMember (
            clientID TEXT NOT NULL REFERENCES client(id),
            position INTEGER NOT NULL CHECK (position >= 0),
            name TEXT NOT NULL CHECK (name <> ''),
            relationship TEXT NOT NULL CHECK (relationship <> ''),
            birthYear INTEGER CHECK (birthYear BETWEEN 1900 AND 9999),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (clientID, position)
        );

        INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
            ('client', 'name', 'name'), ('client', 'phone', 'phone'), ('client', 'idNumber', 'idNumber'),
            ('client', 'address', 'address'), ('client', 'guardianName', 'name'),
            ('client', 'guardianPhone', 'phone'), ('client', 'note', 'narrative'),
            ('clientHouseholdMember', 'name', 'name'), ('clientHouseholdMember', 'note', 'narrative');
        """

    /// v4's guard on consents, with one change: a merge of client records moves a consent (withdrawn or not) to
    /// the client kept, so clientID may change, to an unmerged client only. Every other guard stays as it was.
    private static let consentMovesWithMerge = """
        DROP TRIGGER consent_changes_by_withdrawal_only;
        CREATE TRIGGER consent_changes_by_withdrawal_only BEFORE UPDATE ON consent
            WHEN (OLD.withdrawnOn IS NOT NULL AND (
                     NEW.clientPhone IS NOT OLD.clientPhone OR NEW.clientIDNumber IS NOT OLD.clientIDNumber
                  OR NEW.clientAddress IS NOT OLD.clientAddress OR NEW.documentReference IS NOT OLD.documentReference
                  OR NEW.note IS NOT OLD.note OR NEW.withdrawnOn IS NOT OLD.withdrawnOn
                  OR NEW.withdrawalReason IS NOT OLD.withdrawalReason
                  OR NEW.withdrawalRecordedBy IS NOT OLD.withdrawalRecordedBy))
              OR NEW.id IS NOT OLD.id
              OR NEW.clientName IS NOT OLD.clientName OR NEW.clientBirthDate IS NOT OLD.clientBirthDate
              OR NEW.clientLacksCapacity IS NOT OLD.clientLacksCapacity
              OR NEW.givenBy IS NOT OLD.givenBy OR NEW.guardianName IS NOT OLD.guardianName
              OR NEW.guardianRelationship IS NOT OLD.guardianRelationship OR NEW.givenOn IS NOT OLD.givenOn
              OR NEW.receivingService IS NOT OLD.receivingService OR NEW.recordedAs IS NOT OLD.recordedAs
              OR NEW.recordedBy IS NOT OLD.recordedBy OR NEW.recordedAt IS NOT OLD.recordedAt
            BEGIN SELECT RAISE(ABORT, 'CASE-04: a consent changes only by its withdrawal, once'); END;
        CREATE TRIGGER consent_moves_to_a_client_only BEFORE UPDATE OF clientID ON consent
            WHEN NEW.clientID IS NOT OLD.clientID
             AND NOT EXISTS (SELECT 1 FROM client WHERE id = NEW.clientID AND mergedInto IS NULL)
            BEGIN SELECT RAISE(ABORT, 'CASE-04: a consent moves only to a client on file, when records are merged'); END;
        """

    /// Rules CONS-01, CONS-02, INTAKE-04: consultations with their contacts, and visits; protected records of their
    /// own, each with its archive code (natures I and V). Append-only but for the client a merge moves them to and
    /// the day a consultation became a case candidate.
    private static let consultationAndVisitTables = """
        CREATE TABLE consultation (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            code TEXT NOT NULL UNIQUE REFERENCES archiveCode(code),
            clientID TEXT NOT NULL REFERENCES client(id),
            topic TEXT NOT NULL CHECK (topic <> ''),
            openedOn TEXT NOT NULL CHECK (openedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            -- Rule CONS-01: set once, when a contact beyond the maximum is recorded.
            caseCandidateOn TEXT CHECK (caseCandidateOn >= openedOn),
            openedBy TEXT NOT NULL REFERENCES worker(code),
            openedAt TEXT NOT NULL
        );
        CREATE INDEX consultation_clientID ON consultation(clientID);
        CREATE TRIGGER consultation_never_deleted BEFORE DELETE ON consultation
            BEGIN SELECT RAISE(ABORT, 'CONS-01: a consultation is never deleted'); END;
        CREATE TRIGGER consultation_never_changes BEFORE UPDATE ON consultation
            WHEN NEW.id IS NOT OLD.id OR NEW.code IS NOT OLD.code OR NEW.topic IS NOT OLD.topic
              OR NEW.openedOn IS NOT OLD.openedOn OR NEW.openedBy IS NOT OLD.openedBy OR NEW.openedAt IS NOT OLD.openedAt
              OR (OLD.caseCandidateOn IS NOT NULL AND NEW.caseCandidateOn IS NOT OLD.caseCandidateOn)
            BEGIN SELECT RAISE(ABORT, 'CONS-01: a consultation changes only by its contacts and a merge of clients'); END;

        CREATE TABLE consultationContact (
            consultationID TEXT NOT NULL REFERENCES consultation(id),
            number INTEGER NOT NULL CHECK (number >= 1),
            contactDate TEXT NOT NULL CHECK (contactDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            durationMinutes INTEGER NOT NULL CHECK (durationMinutes BETWEEN 1 AND 1440),
            method TEXT NOT NULL CHECK (method IN ('interview', 'phone', 'online', 'homeVisit')),
            content TEXT NOT NULL CHECK (content <> ''),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL,
            -- Rule INTAKE-04: the day in China it was written down.
            recordedOn TEXT NOT NULL CHECK (recordedOn >= contactDate),
            PRIMARY KEY (consultationID, number)
        );
        CREATE TRIGGER consultationContact_never_changes BEFORE UPDATE ON consultationContact
            BEGIN SELECT RAISE(ABORT, 'CONS-01: a consultation contact is never changed'); END;
        CREATE TRIGGER consultationContact_never_deleted BEFORE DELETE ON consultationContact
            BEGIN SELECT RAISE(ABORT, 'CONS-01: a consultation contact is never deleted'); END;

        CREATE TABLE visit (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            code TEXT NOT NULL UNIQUE REFERENCES archiveCode(code),
            clientID TEXT NOT NULL REFERENCES client(id),
            visitDate TEXT NOT NULL CHECK (visitDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            durationMinutes INTEGER NOT NULL CHECK (durationMinutes BETWEEN 1 AND 1440),
            place TEXT NOT NULL CHECK (place <> ''),
            purpose TEXT NOT NULL CHECK (purpose <> ''),
            content TEXT NOT NULL CHECK (content <> ''),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL,
            -- Rule INTAKE-04
            recordedOn TEXT NOT NULL CHECK (recordedOn >= visitDate)
        );
        -- Rule CONS-02: a client's visits, filed per quarter in time order.
        CREATE INDEX visit_clientID ON visit(clientID, visitDate);
        CREATE TRIGGER visit_never_deleted BEFORE DELETE ON visit
            BEGIN SELECT RAISE(ABORT, 'CONS-02: a visit record is never deleted'); END;
        CREATE TRIGGER visit_changes_by_merge_only BEFORE UPDATE ON visit
            WHEN NEW.id IS NOT OLD.id OR NEW.code IS NOT OLD.code OR NEW.visitDate IS NOT OLD.visitDate
              OR NEW.durationMinutes IS NOT OLD.durationMinutes OR NEW.place IS NOT OLD.place
              OR NEW.purpose IS NOT OLD.purpose OR NEW.content IS NOT OLD.content
              OR NEW.recordedBy IS NOT OLD.recordedBy OR NEW.recordedAt IS NOT OLD.recordedAt
              OR NEW.recordedOn IS NOT OLD.recordedOn
            BEGIN SELECT RAISE(ABORT, 'CONS-02: a visit record changes only by a merge of clients'); END;

        INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
            ('consultation', 'topic', 'narrative'), ('consultationContact', 'content', 'narrative'),
            ('visit', 'place', 'address'), ('visit', 'purpose', 'narrative'), ('visit', 'content', 'narrative');
        """
}
