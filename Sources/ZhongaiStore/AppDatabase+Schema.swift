import GRDB

extension AppDatabase {
    /// Identifiers of the schema's migrations, in order.
    enum Migration {
        static let v1Reference = "v1-reference"
        static let v2Directory = "v2-directory"
        static let v3ArchiveCodes = "v3-archive-codes"
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
        return migrator
    }
}
