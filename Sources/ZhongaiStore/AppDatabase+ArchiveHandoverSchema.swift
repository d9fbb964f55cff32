import GRDB

extension AppDatabase {
    /// Quarterly archive handover lists, borrowing, archive checks and destruction batches — issue 8 (ARC-08, ARC-09, CONF-04, CONF-05).
    static func registerArchiveHandoverMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v17ArchiveHandover) { db in
            try db.execute(sql: handoverTables)
            try db.execute(sql: loanTables)
            try db.execute(sql: checkTables)
        }
    }

    /// Rules ARC-08, ARC-09: the 移交清单, a protected record held by the worker whose records it lists, and its
    /// lines as they were when it was made (code, name masked, documents ready). Both sides confirm with their
    /// time; a received list is final, a returned one says why. Never deleted.
    private static let handoverTables = """
        CREATE TABLE archiveHandoverList (
            id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
            workerCode TEXT NOT NULL REFERENCES worker(code),
            year INTEGER NOT NULL CHECK (year BETWEEN 1 AND 9999),
            quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
            state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'handedOver', 'received', 'returned')),
            createdBy TEXT NOT NULL REFERENCES worker(code),
            createdAt TEXT NOT NULL,
            handedOverAt TEXT,
            receiverCode TEXT REFERENCES worker(code) CHECK (receiverCode <> workerCode),
            receivedAt TEXT,
            returnedAt TEXT,
            returnReason TEXT CHECK (returnReason <> ''),
            CHECK ((state = 'draft') = (handedOverAt IS NULL)),
            CHECK ((state IN ('received', 'returned')) = (receiverCode IS NOT NULL)),
            CHECK ((state = 'received') = (receivedAt IS NOT NULL)),
            CHECK ((state = 'returned') = (returnedAt IS NOT NULL)),
            CHECK ((returnedAt IS NULL) = (returnReason IS NULL))
        );
        CREATE INDEX archiveHandoverList_worker ON archiveHandoverList(workerCode, year, quarter);
        CREATE INDEX archiveHandoverList_state ON archiveHandoverList(state);
        CREATE TRIGGER archiveHandoverList_never_deleted BEFORE DELETE ON archiveHandoverList
            BEGIN SELECT RAISE(ABORT, 'ARC-08: a handover list is never deleted'); END;
        -- Rule ARC-08: draft → handed over → received (final) or returned (final); the origin never changes.
        CREATE TRIGGER archiveHandoverList_moves_forward BEFORE UPDATE ON archiveHandoverList
            WHEN NEW.id IS NOT OLD.id OR NEW.workerCode IS NOT OLD.workerCode OR NEW.year IS NOT OLD.year
              OR NEW.quarter IS NOT OLD.quarter OR NEW.createdBy IS NOT OLD.createdBy
              OR NEW.createdAt IS NOT OLD.createdAt
              OR NOT ((OLD.state = 'draft' AND NEW.state = 'handedOver')
                      OR (OLD.state = 'handedOver' AND NEW.state IN ('received', 'returned')))
              OR (OLD.handedOverAt IS NOT NULL AND NEW.handedOverAt IS NOT OLD.handedOverAt)
            BEGIN SELECT RAISE(ABORT, 'ARC-08: a received or returned handover list is final'); END;

        CREATE TABLE archiveHandoverItem (
            listID TEXT NOT NULL REFERENCES archiveHandoverList(id),
            position INTEGER NOT NULL CHECK (position >= 1),
            kind TEXT NOT NULL CHECK (kind IN ('caseFile', 'programme', 'visit')),
            recordID TEXT NOT NULL REFERENCES protectedRecord(id),
            code TEXT NOT NULL CHECK (code <> ''),
            name TEXT NOT NULL,
            closedOn TEXT NOT NULL CHECK (closedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            documentsReady INTEGER NOT NULL CHECK (documentsReady >= 0),
            documentsTotal INTEGER NOT NULL CHECK (documentsTotal >= documentsReady),
            missingDocuments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(missingDocuments)),
            PRIMARY KEY (listID, recordID),
            UNIQUE (listID, position)
        );
        CREATE INDEX archiveHandoverItem_recordID ON archiveHandoverItem(recordID);
        CREATE TRIGGER archiveHandoverItem_never_changes BEFORE UPDATE ON archiveHandoverItem
            BEGIN SELECT RAISE(ABORT, 'ARC-08: a line of a handover list never changes'); END;
        CREATE TRIGGER archiveHandoverItem_never_deleted BEFORE DELETE ON archiveHandoverItem
            BEGIN SELECT RAISE(ABORT, 'ARC-08: a line of a handover list is never deleted'); END;
        -- Rule ARC-08: lines are written with the draft only, and a record handed over (or received) is on no
        -- other list; a returned list frees its records for a new one.
        CREATE TRIGGER archiveHandoverItem_on_a_draft BEFORE INSERT ON archiveHandoverItem
            WHEN (SELECT state FROM archiveHandoverList WHERE id = NEW.listID) IS NOT 'draft'
              OR EXISTS (SELECT 1 FROM archiveHandoverItem i JOIN archiveHandoverList l ON l.id = i.listID
                         WHERE i.recordID = NEW.recordID AND l.state IN ('handedOver', 'received'))
            BEGIN SELECT RAISE(ABORT, 'ARC-08: a record is on one handover list at a time'); END;
        """

    /// Rule CONF-04: loans of archived records, returned or reported lost (with the remedy). Never deleted; one
    /// open loan per record.
    private static let loanTables = """
        CREATE TABLE archiveLoan (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            recordID TEXT NOT NULL REFERENCES protectedRecord(id),
            code TEXT NOT NULL CHECK (code <> ''),
            borrowerCode TEXT NOT NULL REFERENCES worker(code),
            purpose TEXT NOT NULL CHECK (purpose <> ''),
            borrowedOn TEXT NOT NULL CHECK (borrowedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            dueOn TEXT NOT NULL CHECK (dueOn >= borrowedOn),
            returnedOn TEXT CHECK (returnedOn >= borrowedOn),
            returnRecordedBy TEXT REFERENCES worker(code),
            lostOn TEXT CHECK (lostOn >= borrowedOn),
            lossDescription TEXT CHECK (lossDescription <> ''),
            lossReportedBy TEXT REFERENCES worker(code),
            lossReportedAt TEXT,
            remedy TEXT CHECK (remedy <> ''),
            remedyRecordedBy TEXT REFERENCES worker(code),
            recordedBy TEXT NOT NULL REFERENCES worker(code),
            recordedAt TEXT NOT NULL,
            CHECK (returnedOn IS NULL OR lostOn IS NULL),
            CHECK ((returnedOn IS NULL) = (returnRecordedBy IS NULL)),
            CHECK ((lostOn IS NULL) = (lossDescription IS NULL)),
            CHECK ((lostOn IS NULL) = (lossReportedBy IS NULL)),
            CHECK ((lostOn IS NULL) = (lossReportedAt IS NULL)),
            CHECK (remedy IS NULL OR lostOn IS NOT NULL),
            CHECK ((remedy IS NULL) = (remedyRecordedBy IS NULL))
        );
        CREATE UNIQUE INDEX archiveLoan_one_open ON archiveLoan(recordID) WHERE returnedOn IS NULL AND lostOn IS NULL;
        CREATE INDEX archiveLoan_borrower ON archiveLoan(borrowerCode);
        CREATE TRIGGER archiveLoan_never_deleted BEFORE DELETE ON archiveLoan
            BEGIN SELECT RAISE(ABORT, 'CONF-04: a loan of an archived file is never deleted'); END;
        CREATE TRIGGER archiveLoan_ends_once BEFORE UPDATE ON archiveLoan
            WHEN NEW.id IS NOT OLD.id OR NEW.recordID IS NOT OLD.recordID OR NEW.borrowerCode IS NOT OLD.borrowerCode
              OR NEW.purpose IS NOT OLD.purpose OR NEW.borrowedOn IS NOT OLD.borrowedOn OR NEW.dueOn IS NOT OLD.dueOn
              OR NEW.recordedBy IS NOT OLD.recordedBy OR NEW.recordedAt IS NOT OLD.recordedAt
              OR (OLD.returnedOn IS NOT NULL AND NEW.returnedOn IS NOT OLD.returnedOn)
              OR (OLD.lostOn IS NOT NULL AND (NEW.lostOn IS NOT OLD.lostOn
                                              OR NEW.lossDescription IS NOT OLD.lossDescription))
              OR (OLD.remedy IS NOT NULL AND NEW.remedy IS NOT OLD.remedy)
            BEGIN SELECT RAISE(ABORT, 'CONF-04: a loan ends once, by its return or a reported loss'); END;
        """

    /// Rule CONF-05: quarterly checks and yearly inventories; destruction batches of paper material proposed by
    /// 服务部 and confirmed by the chair, with every record in them. The electronic records are not erased.
    private static let checkTables = """
        CREATE TABLE archiveCheck (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('quarterlyCheck', 'yearlyInventory')),
            checkedOn TEXT NOT NULL CHECK (checkedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            checkedBy TEXT NOT NULL REFERENCES worker(code),
            findings TEXT NOT NULL CHECK (findings <> ''),
            recordedAt TEXT NOT NULL
        );
        CREATE INDEX archiveCheck_kind ON archiveCheck(kind, checkedOn);
        CREATE TRIGGER archiveCheck_never_changes BEFORE UPDATE ON archiveCheck
            BEGIN SELECT RAISE(ABORT, 'CONF-05: an archive check is recorded once'); END;
        CREATE TRIGGER archiveCheck_never_deleted BEFORE DELETE ON archiveCheck
            BEGIN SELECT RAISE(ABORT, 'CONF-05: an archive check is never deleted'); END;

        CREATE TABLE archiveDestruction (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            receivedBefore TEXT NOT NULL CHECK (receivedBefore GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            proposedBy TEXT NOT NULL REFERENCES worker(code),
            proposedAt TEXT NOT NULL,
            confirmedBy TEXT REFERENCES worker(code) CHECK (confirmedBy <> proposedBy),
            confirmedAt TEXT,
            CHECK ((confirmedBy IS NULL) = (confirmedAt IS NULL))
        );
        CREATE TRIGGER archiveDestruction_never_deleted BEFORE DELETE ON archiveDestruction
            BEGIN SELECT RAISE(ABORT, 'CONF-05: a destruction batch is never deleted'); END;
        CREATE TRIGGER archiveDestruction_confirmed_once BEFORE UPDATE ON archiveDestruction
            WHEN OLD.confirmedAt IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.receivedBefore IS NOT OLD.receivedBefore
              OR NEW.proposedBy IS NOT OLD.proposedBy OR NEW.proposedAt IS NOT OLD.proposedAt
            BEGIN SELECT RAISE(ABORT, 'CONF-05: a destruction batch is confirmed once'); END;
        CREATE TABLE archiveDestructionItem (
            destructionID INTEGER NOT NULL REFERENCES archiveDestruction(id),
            listID TEXT NOT NULL REFERENCES archiveHandoverList(id),
            recordID TEXT NOT NULL REFERENCES protectedRecord(id),
            PRIMARY KEY (destructionID, recordID),
            FOREIGN KEY (listID, recordID) REFERENCES archiveHandoverItem(listID, recordID)
        );
        CREATE INDEX archiveDestructionItem_recordID ON archiveDestructionItem(recordID);
        CREATE TRIGGER archiveDestructionItem_never_changes BEFORE UPDATE ON archiveDestructionItem
            BEGIN SELECT RAISE(ABORT, 'CONF-05: a destruction batch keeps its records'); END;
        CREATE TRIGGER archiveDestructionItem_never_deleted BEFORE DELETE ON archiveDestructionItem
            BEGIN SELECT RAISE(ABORT, 'CONF-05: a destruction batch keeps its records'); END;
        """
}
