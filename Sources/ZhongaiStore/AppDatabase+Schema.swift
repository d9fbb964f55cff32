import GRDB

extension AppDatabase {
    /// Identifiers of the schema's migrations, in order.
    enum Migration {
        static let v1Reference = "v1-reference"
        static let v2Directory = "v2-directory"
        static let v3ArchiveCodes = "v3-archive-codes"
        static let v4Access = "v4-access"
        static let v5Clients = "v5-clients"
        static let v6Cases = "v6-cases"
        static let v7Attachments = "v7-attachments"
        static let v9Supervision = "v9-supervision"
        static let v10Selection = "v10-selection"
        static let v11Programmes = "v11-programmes"
        static let v12SignIns = "v12-sign-ins"
        static let v13Emergency = "v13-emergency"
        static let v14Indicators = "v14-indicators"
        static let v15Reports = "v15-reports"
        static let v16Complaints = "v16-complaints"
        static let v17ArchiveHandover = "v17-archive-handover"
        static let v18Volunteers = "v18-volunteers"
        static let v19BackupSchedule = "v19-backup-schedule"
        static let v20AccessGeneration = "v20-access-generation"
    }

    /// The schema, as a sequence of migrations.
    ///
    /// A migration that has shipped is NEVER edited: databases in the field have already run it, and GRDB would
    /// not run it again. Every change of schema is a new migration appended at the end. The SQL is literal on
    /// purpose: a migration must create what it created the day it shipped, whatever the Swift types become.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        // Reference tables: places, sectors, natures, client categories, post types and their targets, the policy
        // table, the holiday calendar, and which reference data sets were loaded from data/.
        migrator.registerMigration(Migration.v1Reference) { db in
            try db.execute(sql: """
                CREATE TABLE town (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
                    kind TEXT NOT NULL CHECK (kind IN ('街道', '镇', '功能区')),
                    -- Rule ARC-02: uppercase letters, digits only after them.
                    code TEXT NOT NULL UNIQUE CHECK (code GLOB '[A-Z]*' AND code NOT GLOB '*[^A-Z0-9]*'
                                                     AND code NOT GLOB '*[0-9]*[A-Z]*' AND length(code) <= 8),
                    isActive BOOLEAN NOT NULL DEFAULT 1
                );
                -- Rule ARC-03
                CREATE TABLE sector (
                    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 3 AND code NOT GLOB '*[^A-Z]*'),
                    name TEXT NOT NULL UNIQUE CHECK (name <> '')
                );
                -- Rule ARC-04: the natures are fixed by the rule book; the table lets archive codes refer to them.
                CREATE TABLE serviceNature (
                    code TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL
                );
                INSERT INTO serviceNature (code, name) VALUES
                    ('C', '个案'), ('G', '小组'), ('P', '活动'), ('F', '建档'), ('V', '探访'), ('I', '咨询');
                -- Rule INTAKE-01
                CREATE TABLE clientCategory (
                    code TEXT PRIMARY KEY NOT NULL CHECK (code <> ''),
                    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
                    position INTEGER NOT NULL
                );
                -- Rule IND-01: a post type, and its annual minimum per indicator; no row means "set by the post's
                -- reality" (根据实际确定), not zero.
                CREATE TABLE postType (
                    code TEXT PRIMARY KEY NOT NULL CHECK (code <> ''),
                    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
                    position INTEGER NOT NULL
                );
                CREATE TABLE postTarget (
                    postTypeCode TEXT NOT NULL REFERENCES postType(code) ON DELETE CASCADE ON UPDATE CASCADE,
                    indicator TEXT NOT NULL,
                    minimum INTEGER NOT NULL CHECK (minimum >= 0),
                    PRIMARY KEY (postTypeCode, indicator)
                );
                -- Every number of the rule book, with its unit, clause and note.
                CREATE TABLE policy (
                    key TEXT PRIMARY KEY NOT NULL,
                    value REAL NOT NULL CHECK (value >= 0),
                    unit TEXT NOT NULL,
                    clause TEXT NOT NULL,
                    note TEXT NOT NULL DEFAULT ''
                );
                -- Rule CASE-06: the published holiday calendar; a year without a row here is not published.
                CREATE TABLE holidayYear (
                    year INTEGER PRIMARY KEY NOT NULL CHECK (year BETWEEN 1 AND 9999),
                    source TEXT NOT NULL
                );
                CREATE TABLE holidayDay (
                    date TEXT PRIMARY KEY NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    year INTEGER NOT NULL REFERENCES holidayYear(year) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
                    name TEXT NOT NULL DEFAULT ''
                );
                -- The reference data sets loaded from data/ once, so a later start never reloads what the
                -- centre has edited since.
                CREATE TABLE referenceDataset (
                    name TEXT PRIMARY KEY NOT NULL,
                    loadedAt TEXT NOT NULL
                );
                """)
        }

        // Service points and workers.
        migrator.registerMigration(Migration.v2Directory) { db in
            try db.execute(sql: """
                CREATE TABLE servicePoint (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL UNIQUE CHECK (name <> ''),
                    townID INTEGER NOT NULL REFERENCES town(id),
                    sectorCode TEXT NOT NULL REFERENCES sector(code) ON UPDATE CASCADE,
                    employerUnit TEXT NOT NULL CHECK (employerUnit <> ''),
                    isActive BOOLEAN NOT NULL DEFAULT 1
                );
                CREATE INDEX servicePoint_townID ON servicePoint(townID);
                CREATE INDEX servicePoint_sectorCode ON servicePoint(sectorCode);
                CREATE TABLE worker (
                    -- Rule ARC-06: the worker's code is the key: unique, never changed, never reissued.
                    code TEXT PRIMARY KEY NOT NULL CHECK (code GLOB '[A-Z]*' AND code NOT GLOB '*[^A-Z0-9]*'
                                                          AND code NOT GLOB '*[0-9]*[A-Z]*'),
                    name TEXT NOT NULL CHECK (name <> ''),
                    -- Rule ROLE-01
                    role TEXT NOT NULL CHECK (role IN ('frontline', 'assistantSupervisor', 'traineeSupervisor',
                        'supervisor', 'serviceDepartment', 'adminHR', 'chair', 'viceChair', 'administrator')),
                    supervisorCode TEXT REFERENCES worker(code) CHECK (supervisorCode IS NULL OR supervisorCode <> code),
                    servicePointID INTEGER REFERENCES servicePoint(id),
                    postTypeCode TEXT REFERENCES postType(code) ON UPDATE CASCADE,
                    phone TEXT,
                    isActive BOOLEAN NOT NULL DEFAULT 1
                );
                CREATE INDEX worker_supervisorCode ON worker(supervisorCode);
                CREATE INDEX worker_servicePointID ON worker(servicePointID);
                CREATE INDEX worker_postTypeCode ON worker(postTypeCode);
                -- Rule ARC-06: a code once issued never changes and is never reissued, so a worker is deactivated,
                -- never deleted.
                CREATE TRIGGER worker_code_never_changes BEFORE UPDATE OF code ON worker
                    WHEN NEW.code IS NOT OLD.code
                    BEGIN SELECT RAISE(ABORT, 'ARC-06: a worker code never changes'); END;
                CREATE TRIGGER worker_never_deleted BEFORE DELETE ON worker
                    BEGIN SELECT RAISE(ABORT, 'ARC-06: a worker is deactivated, never deleted'); END;
                """)
        }

        // Archive codes, stored forever.
        migrator.registerMigration(Migration.v3ArchiveCodes) { db in
            try db.execute(sql: """
                CREATE TABLE archiveCode (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    code TEXT NOT NULL UNIQUE,
                    workerCode TEXT NOT NULL REFERENCES worker(code),
                    nature TEXT NOT NULL REFERENCES serviceNature(code),
                    year INTEGER NOT NULL CHECK (year BETWEEN 1 AND 9999),
                    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                    sequence INTEGER NOT NULL CHECK (sequence >= 1),
                    -- The town and sector as they were when the code was issued: the code never changes, even if
                    -- the town's code is edited later.
                    townID INTEGER NOT NULL REFERENCES town(id),
                    townCode TEXT NOT NULL,
                    sectorCode TEXT NOT NULL,
                    openedOn TEXT NOT NULL,
                    issuedAt TEXT NOT NULL,
                    -- Rule ARC-05: one sequence per worker, nature and calendar year, across sectors and towns.
                    UNIQUE (workerCode, nature, year, sequence)
                );
                CREATE INDEX archiveCode_townCode ON archiveCode(townCode);
                CREATE TRIGGER archiveCode_never_changes BEFORE UPDATE ON archiveCode
                    BEGIN SELECT RAISE(ABORT, 'ARC-01: an archive code is stored forever'); END;
                CREATE TRIGGER archiveCode_never_deleted BEFORE DELETE ON archiveCode
                    BEGIN SELECT RAISE(ABORT, 'ARC-01: an archive code is stored forever'); END;
                """)
        }

        // Issue 3, access: accounts, the permission table with its shipped defaults, the registry of protected
        // records and their holders, consent records, the sensitive-column registry, and the append-only,
        // hash-chained audit log.
        migrator.registerMigration(Migration.v4Access) { db in
            try db.execute(sql: """
                -- One account per worker, keyed by the worker's code. Only an Argon2id string is stored, never
                -- the password.
                CREATE TABLE account (
                    workerCode TEXT PRIMARY KEY NOT NULL REFERENCES worker(code),
                    passwordHash TEXT NOT NULL CHECK (passwordHash GLOB '$argon2id$*'),
                    mustChangePassword BOOLEAN NOT NULL DEFAULT 0,
                    failedAttempts INTEGER NOT NULL DEFAULT 0 CHECK (failedAttempts >= 0),
                    firstFailureAt TEXT,
                    lockedUntil TEXT,
                    passwordChangedAt TEXT NOT NULL,
                    lastLoginAt TEXT,
                    createdAt TEXT NOT NULL
                );
                CREATE TRIGGER account_never_deleted BEFORE DELETE ON account
                    BEGIN SELECT RAISE(ABORT, 'ROLE-01: an account is never deleted; deactivate the worker'); END;

                -- Rule ROLE-01: role x action x scope, as data. A centre-wide action has the scope 'all' only;
                -- nobody approves their own records (CASE-02).
                CREATE TABLE permission (
                    role TEXT NOT NULL CHECK (role IN ('frontline', 'assistantSupervisor', 'traineeSupervisor',
                        'supervisor', 'serviceDepartment', 'adminHR', 'chair', 'viceChair', 'administrator')),
                    action TEXT NOT NULL CHECK (action IN ('view', 'create', 'edit', 'export', 'print', 'approve',
                        'manageAccounts', 'manageDirectory', 'manageReferenceData', 'viewAudit')),
                    scope TEXT NOT NULL CHECK (scope IN ('own', 'supervised', 'servicePoint', 'all')),
                    PRIMARY KEY (role, action, scope),
                    CHECK (action IN ('view', 'create', 'edit', 'export', 'print', 'approve') OR scope = 'all'),
                    CHECK (NOT (action = 'approve' AND scope = 'own'))
                );
                INSERT INTO permission (role, action, scope) VALUES
                    -- 一线社工: the records they hold.
                    ('frontline', 'view', 'own'), ('frontline', 'create', 'own'), ('frontline', 'edit', 'own'),
                    ('frontline', 'export', 'own'), ('frontline', 'print', 'own'),
                    -- 督导助理, 见习督导, 督导: their own and those of the workers they supervise down the chain;
                    -- they approve for those they supervise, never their own (CASE-02).
                    ('assistantSupervisor', 'view', 'own'), ('assistantSupervisor', 'create', 'own'),
                    ('assistantSupervisor', 'edit', 'own'), ('assistantSupervisor', 'export', 'own'),
                    ('assistantSupervisor', 'print', 'own'),
                    ('assistantSupervisor', 'view', 'supervised'), ('assistantSupervisor', 'create', 'supervised'),
                    ('assistantSupervisor', 'edit', 'supervised'), ('assistantSupervisor', 'export', 'supervised'),
                    ('assistantSupervisor', 'print', 'supervised'), ('assistantSupervisor', 'approve', 'supervised'),
                    ('traineeSupervisor', 'view', 'own'), ('traineeSupervisor', 'create', 'own'),
                    ('traineeSupervisor', 'edit', 'own'), ('traineeSupervisor', 'export', 'own'),
                    ('traineeSupervisor', 'print', 'own'),
                    ('traineeSupervisor', 'view', 'supervised'), ('traineeSupervisor', 'create', 'supervised'),
                    ('traineeSupervisor', 'edit', 'supervised'), ('traineeSupervisor', 'export', 'supervised'),
                    ('traineeSupervisor', 'print', 'supervised'), ('traineeSupervisor', 'approve', 'supervised'),
                    ('supervisor', 'view', 'own'), ('supervisor', 'create', 'own'), ('supervisor', 'edit', 'own'),
                    ('supervisor', 'export', 'own'), ('supervisor', 'print', 'own'),
                    ('supervisor', 'view', 'supervised'), ('supervisor', 'create', 'supervised'),
                    ('supervisor', 'edit', 'supervised'), ('supervisor', 'export', 'supervised'),
                    ('supervisor', 'print', 'supervised'), ('supervisor', 'approve', 'supervised'),
                    -- 服务部: archive custody: reads, exports and prints every record; edits those it holds
                    -- (handed over, CONF-03); reads the audit log.
                    ('serviceDepartment', 'view', 'all'), ('serviceDepartment', 'export', 'all'),
                    ('serviceDepartment', 'print', 'all'), ('serviceDepartment', 'create', 'own'),
                    ('serviceDepartment', 'edit', 'own'), ('serviceDepartment', 'viewAudit', 'all'),
                    -- 理事长, 副理事长: read everything, and the audit log.
                    ('chair', 'view', 'all'), ('chair', 'viewAudit', 'all'),
                    ('viceChair', 'view', 'all'), ('viceChair', 'viewAudit', 'all'),
                    -- 行政人事部: the directory; no case content.
                    ('adminHR', 'manageDirectory', 'all'),
                    -- 系统管理员: accounts, the directory and reference data; no case content by default.
                    ('administrator', 'manageAccounts', 'all'), ('administrator', 'manageDirectory', 'all'),
                    ('administrator', 'manageReferenceData', 'all');

                -- Every protected record (consents now; clients and case files later) with its holder and service
                -- point: the one place the access policy reads ownership from, and the one place a handover
                -- (CONF-03) changes. The id is a UUID text.
                CREATE TABLE protectedRecord (
                    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                    kind TEXT NOT NULL CHECK (kind <> ''),
                    holderCode TEXT NOT NULL REFERENCES worker(code),
                    servicePointID INTEGER REFERENCES servicePoint(id),
                    createdAt TEXT NOT NULL
                );
                CREATE INDEX protectedRecord_holderCode ON protectedRecord(holderCode);
                CREATE INDEX protectedRecord_kind ON protectedRecord(kind);
                CREATE TRIGGER protectedRecord_never_deleted BEFORE DELETE ON protectedRecord
                    BEGIN SELECT RAISE(ABORT, 'CONF-05: a protected record is never deleted outside a logged destruction'); END;
                CREATE TRIGGER protectedRecord_kind_never_changes BEFORE UPDATE OF id, kind ON protectedRecord
                    BEGIN SELECT RAISE(ABORT, 'CONF-02: a protected record keeps its id and kind'); END;

                -- Rules CASE-04, CONF-01: consent records. Sensitive columns are listed in sensitiveColumn.
                CREATE TABLE consent (
                    id TEXT PRIMARY KEY NOT NULL REFERENCES protectedRecord(id),
                    clientID TEXT NOT NULL CHECK (clientID <> ''),
                    clientName TEXT NOT NULL CHECK (clientName <> ''),
                    clientBirthDate TEXT,
                    clientLacksCapacity BOOLEAN NOT NULL DEFAULT 0,
                    clientPhone TEXT,
                    clientIDNumber TEXT,
                    clientAddress TEXT,
                    givenBy TEXT NOT NULL CHECK (givenBy IN ('client', 'guardian')),
                    guardianName TEXT,
                    guardianRelationship TEXT,
                    givenOn TEXT NOT NULL CHECK (givenOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    receivingService BOOLEAN NOT NULL,
                    recordedAs TEXT NOT NULL CHECK (recordedAs IN ('signedFormScanned', 'written', 'oral')),
                    documentReference TEXT,
                    note TEXT NOT NULL DEFAULT '',
                    recordedBy TEXT NOT NULL REFERENCES worker(code),
                    recordedAt TEXT NOT NULL,
                    withdrawnOn TEXT,
                    withdrawalReason TEXT,
                    withdrawalRecordedBy TEXT REFERENCES worker(code),
                    CHECK ((givenBy = 'guardian') = (guardianName IS NOT NULL AND guardianRelationship IS NOT NULL)),
                    -- Rule CASE-04: a guardian signs for a client without capacity.
                    CHECK (givenBy = 'guardian' OR NOT clientLacksCapacity),
                    CHECK ((withdrawnOn IS NULL) = (withdrawalReason IS NULL)),
                    CHECK ((withdrawnOn IS NULL) = (withdrawalRecordedBy IS NULL)),
                    CHECK (withdrawnOn IS NULL OR withdrawnOn >= givenOn)
                );
                CREATE INDEX consent_clientID ON consent(clientID);
                CREATE TABLE consentSharedAgency (
                    consentID TEXT NOT NULL REFERENCES consent(id),
                    agency TEXT NOT NULL CHECK (agency <> ''),
                    PRIMARY KEY (consentID, agency)
                );
                CREATE TRIGGER consent_never_deleted BEFORE DELETE ON consent
                    BEGIN SELECT RAISE(ABORT, 'CASE-04: a consent is withdrawn, never deleted'); END;
                CREATE TRIGGER consent_changes_by_withdrawal_only BEFORE UPDATE ON consent
                    WHEN OLD.withdrawnOn IS NOT NULL
                      OR NEW.id IS NOT OLD.id OR NEW.clientID IS NOT OLD.clientID
                      OR NEW.clientName IS NOT OLD.clientName OR NEW.clientBirthDate IS NOT OLD.clientBirthDate
                      OR NEW.clientLacksCapacity IS NOT OLD.clientLacksCapacity
                      OR NEW.givenBy IS NOT OLD.givenBy OR NEW.guardianName IS NOT OLD.guardianName
                      OR NEW.guardianRelationship IS NOT OLD.guardianRelationship OR NEW.givenOn IS NOT OLD.givenOn
                      OR NEW.receivingService IS NOT OLD.receivingService OR NEW.recordedAs IS NOT OLD.recordedAs
                      OR NEW.recordedBy IS NOT OLD.recordedBy OR NEW.recordedAt IS NOT OLD.recordedAt
                    BEGIN SELECT RAISE(ABORT, 'CASE-04: a consent changes only by its withdrawal, once'); END;
                CREATE TRIGGER consentSharedAgency_never_changes BEFORE UPDATE ON consentSharedAgency
                    BEGIN SELECT RAISE(ABORT, 'CONF-01: the agencies of a consent never change'); END;
                CREATE TRIGGER consentSharedAgency_never_deleted BEFORE DELETE ON consentSharedAgency
                    BEGIN SELECT RAISE(ABORT, 'CONF-01: the agencies of a consent never change'); END;

                -- Sensitive personal information, marked in the schema: lists show these columns masked as
                -- their field says (SensitiveField), the full value only on the record itself, audited.
                CREATE TABLE sensitiveColumn (
                    tableName TEXT NOT NULL,
                    columnName TEXT NOT NULL,
                    field TEXT NOT NULL CHECK (field IN ('name', 'phone', 'idNumber', 'address', 'narrative',
                                                         'diagnosis')),
                    PRIMARY KEY (tableName, columnName)
                );
                INSERT INTO sensitiveColumn (tableName, columnName, field) VALUES
                    ('consent', 'clientName', 'name'), ('consent', 'clientPhone', 'phone'),
                    ('consent', 'clientIDNumber', 'idNumber'), ('consent', 'clientAddress', 'address'),
                    ('consent', 'guardianName', 'name'), ('consent', 'note', 'narrative');

                -- CONF-02 and issue 3: the audit log. Append-only (the triggers refuse UPDATE and DELETE; an insert
                -- must extend the chain), hash-chained: each row holds the hash of the row before it and SHA-256 of
                -- its canonical text (AuditEntry.canonicalText). Times are UTC ISO-8601 with milliseconds.
                CREATE TABLE auditEntry (
                    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL CHECK (at GLOB
                        '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
                    actorCode TEXT NOT NULL,
                    action TEXT NOT NULL CHECK (action <> ''),
                    recordKind TEXT,
                    recordID TEXT,
                    host TEXT NOT NULL,
                    detail TEXT NOT NULL DEFAULT '',
                    previousHash TEXT NOT NULL UNIQUE,
                    hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
                    CHECK ((recordKind IS NULL) = (recordID IS NULL))
                );
                CREATE INDEX auditEntry_actor ON auditEntry(actorCode, at);
                CREATE INDEX auditEntry_record ON auditEntry(recordKind, recordID);
                CREATE INDEX auditEntry_at ON auditEntry(at);
                CREATE TRIGGER auditEntry_append_only_update BEFORE UPDATE ON auditEntry
                    BEGIN SELECT RAISE(ABORT, 'CONF-02: the audit log is append-only'); END;
                CREATE TRIGGER auditEntry_append_only_delete BEFORE DELETE ON auditEntry
                    BEGIN SELECT RAISE(ABORT, 'CONF-02: the audit log is append-only'); END;
                CREATE TRIGGER auditEntry_extends_chain BEFORE INSERT ON auditEntry
                    WHEN NEW.previousHash IS NOT COALESCE(
                             (SELECT hash FROM auditEntry ORDER BY sequence DESC LIMIT 1),
                             '0000000000000000000000000000000000000000000000000000000000000000')
                      OR NEW.sequence IS NULL
                      OR NEW.sequence <= COALESCE((SELECT MAX(sequence) FROM auditEntry), 0)
                    BEGIN SELECT RAISE(ABORT, 'CONF-02: an audit row extends the chain'); END;
                """)
        }
        registerClientMigration(&migrator)
        registerCaseMigration(&migrator)
        registerAttachmentMigration(&migrator)
        registerCaseSearchMigration(&migrator)
        registerSupervisionMigration(&migrator)
        registerSelectionMigration(&migrator)
        registerProgrammeMigration(&migrator)
        registerSignInMigration(&migrator)
        registerEmergencyMigration(&migrator)
        registerIndicatorMigration(&migrator)
        registerReportMigration(&migrator)
        registerComplaintMigration(&migrator)
        registerArchiveHandoverMigration(&migrator)
        registerVolunteerMigration(&migrator)
        registerBackupScheduleMigration(&migrator)
        registerAccessGenerationMigration(&migrator)
        return migrator
    }
}
