import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class MigrationTests: StoreTestCase {
    private let allMigrations = [AppDatabase.Migration.v1Reference, AppDatabase.Migration.v2Directory,
                                 AppDatabase.Migration.v3ArchiveCodes, AppDatabase.Migration.v4Access,
                                 AppDatabase.Migration.v5Clients, AppDatabase.Migration.v6Cases,
                                 AppDatabase.Migration.v7Attachments, AppDatabase.Migration.v8CaseSearch,
                                 AppDatabase.Migration.v9Supervision, AppDatabase.Migration.v10Selection,
                                 AppDatabase.Migration.v11Programmes, AppDatabase.Migration.v12SignIns,
                                 AppDatabase.Migration.v13Emergency, AppDatabase.Migration.v14Indicators,
                                 AppDatabase.Migration.v15Reports, AppDatabase.Migration.v16Complaints,
                                 AppDatabase.Migration.v17ArchiveHandover, AppDatabase.Migration.v18Volunteers,
                                 AppDatabase.Migration.v19BackupSchedule, AppDatabase.Migration.v20AccessGeneration]

    func testMigrationsFromEmptyInMemory() throws {
        let database = try AppDatabase.empty()
        try database.writer.read { db in
            XCTAssertEqual(try AppDatabase.migrator.appliedMigrations(db), allMigrations)
            for table in ["town", "sector", "serviceNature", "clientCategory", "postType", "postTarget", "policy",
                          "holidayYear", "holidayDay", "referenceDataset", "servicePoint", "worker", "archiveCode"] {
                XCTAssertTrue(try db.tableExists(table), table)
            }
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT code FROM serviceNature ORDER BY code"),
                           ServiceNature.allCases.map(\.rawValue).sorted())
        }
    }

    func testMigrationsFromEmptyFileAndReopen() throws {
        let path = try temporaryDatabasePath()
        do {
            let database = try AppDatabase.open(path: path)
            try database.addTown(name: "测试镇", code: "CSZ")
        }
        let reopened = try AppDatabase.open(path: path)
        XCTAssertEqual(try reopened.town(named: "测试镇")?.code, "CSZ")
        try reopened.writer.read { db in
            XCTAssertEqual(try AppDatabase.migrator.appliedMigrations(db), allMigrations)
        }
    }

    /// A database filled at schema v1 (reference data only) keeps its rows through the later migrations.
    func testMigrationFromV1WithData() throws {
        let path = try temporaryDatabasePath()
        do {
            let queue = try DatabaseQueue(path: path, configuration: AppDatabase.configuration())
            try AppDatabase.migrator.migrate(queue, upTo: AppDatabase.Migration.v1Reference)
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO town (name, kind, code) VALUES ('茶山', '镇', 'CS'), ('莞城', '街道', 'GC');
                    INSERT INTO sector (code, name) VALUES ('REH', '残联'), ('CAB', '民政局(医务)');
                    INSERT INTO postType (code, name, position) VALUES ('specialised', '特定群体类深度专业服务', 0);
                    INSERT INTO postTarget (postTypeCode, indicator, minimum) VALUES ('specialised', 'professionalCase', 30);
                    INSERT INTO policy (key, value, unit, clause, note)
                        VALUES ('case.second_contact_working_days', 7, 'working_days', '服务跟踪制度 一.1(2)', '');
                    INSERT INTO holidayYear (year, source) VALUES (2026, '国务院办公厅 2025-11-04');
                    INSERT INTO holidayDay (date, year, kind, name) VALUES ('2026-01-01', 2026, 'off', '元旦');
                    INSERT INTO referenceDataset (name, loadedAt) VALUES ('towns', '2025-01-01 00:00:00.000');
                    """)
                XCTAssertFalse(try db.tableExists("worker"))
            }
        }
        let database = try AppDatabase(DatabaseQueue(path: path, configuration: AppDatabase.configuration()))
        XCTAssertEqual(try database.towns().map(\.code), ["CS", "GC"])
        XCTAssertEqual(try database.sectors().map(\.code), ["CAB", "REH"])
        XCTAssertEqual(try database.postTypes().first?.targets, ["professionalCase": 30])
        XCTAssertEqual(try database.policyEntries().map(\.key), [.caseSecondContactWorkingDays])
        XCTAssertEqual(try database.holidaySchedule().days.map(\.date.description), ["2026-01-01"])
        // The v2 and v3 tables work with the v1 rows.
        let point = try database.addServicePoint(name: "茶山镇残联社工服务点", townName: "茶山", sectorCode: "REH",
                                                 employerUnit: "茶山镇残疾人联合会")
        let worker = try database.addWorker(name: "王明", role: .frontline, servicePointID: point.id,
                                            postType: "specialised")
        let code = try database.issueArchiveCode(workerCode: worker.code, nature: .caseWork, townName: "莞城",
                                                 sectorCode: "CAB", date: CalendarDate(year: 2013, month: 1, day: 8))
        XCTAssertEqual(code.description, "GC-CAB-C01-201301-WM")
    }

    /// A database filled at schema v2 (with workers) keeps them, and v3 issues codes to them.
    func testMigrationFromV2WithWorkers() throws {
        let path = try temporaryDatabasePath()
        do {
            let queue = try DatabaseQueue(path: path, configuration: AppDatabase.configuration())
            try AppDatabase.migrator.migrate(queue, upTo: AppDatabase.Migration.v2Directory)
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO town (id, name, kind, code) VALUES (1, '凤岗', '镇', 'FG');
                    INSERT INTO sector (code, name) VALUES ('CMW', '社区(老年)');
                    INSERT INTO servicePoint (id, name, townID, sectorCode, employerUnit)
                        VALUES (1, '凤岗镇社区服务点', 1, 'CMW', '凤岗镇社会事务局');
                    INSERT INTO worker (code, name, role, servicePointID, phone)
                        VALUES ('WM', '王明', 'frontline', 1, '13800000001');
                    """)
                XCTAssertFalse(try db.tableExists("archiveCode"))
            }
        }
        let database = try AppDatabase(DatabaseQueue(path: path, configuration: AppDatabase.configuration()))
        XCTAssertEqual(try database.workers().map(\.name), ["王明"])
        XCTAssertEqual(try database.servicePoints().map(\.employerUnit), ["凤岗镇社会事务局"])
        let code = try database.issueArchiveCode(workerCode: "WM", nature: .group, townName: "凤岗", sectorCode: "CMW",
                                                 date: CalendarDate(year: 2013, month: 4, day: 2))
        XCTAssertEqual(code.description, "FG-CMW-G01-201304-WM")
    }

    /// The constraints hold in SQL too, whatever code writes.
    func testSchemaConstraintsInSQL() throws {
        let database = try loadedDatabase()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO servicePoint (id, name, townID, sectorCode, employerUnit)
                    SELECT 1, '服务点', id, 'REH', '单位' FROM town WHERE code = 'CS';
                INSERT INTO worker (code, name, role, servicePointID) VALUES ('WM', '王明', 'frontline', 1);
                INSERT INTO worker (code, name, role) VALUES ('LZB', '李振邦', 'supervisor');
                INSERT INTO archiveCode (code, workerCode, nature, year, month, sequence, townID, townCode,
                                         sectorCode, openedOn, issuedAt)
                    SELECT 'CS-REH-C01-202601-WM', 'WM', 'C', 2026, 1, 1, id, 'CS', 'REH', '2026-01-05', '2026-01-05'
                    FROM town WHERE code = 'CS';
                """)
        }
        let violations: [(String, String)] = [
            ("UNIQUE worker code", "INSERT INTO worker (code, name, role) VALUES ('WM', '吴敏', 'frontline')"),
            ("UNIQUE town name", "INSERT INTO town (name, kind, code) VALUES ('茶山', '镇', 'CSX')"),
            ("UNIQUE town code", "INSERT INTO town (name, kind, code) VALUES ('新镇', '镇', 'CS')"),
            ("lowercase town code", "INSERT INTO town (name, kind, code) VALUES ('新镇', '镇', 'xz')"),
            ("town kind", "INSERT INTO town (name, kind, code) VALUES ('新镇', '区', 'XZ')"),
            ("FK worker → service point", "INSERT INTO worker (code, name, role, servicePointID) VALUES ('A', '甲', 'frontline', 99)"),
            ("FK worker → supervisor", "INSERT INTO worker (code, name, role, supervisorCode) VALUES ('A', '甲', 'frontline', 'NOBODY')"),
            ("own supervisor", "UPDATE worker SET supervisorCode = 'WM' WHERE code = 'WM'"),
            ("role CHECK", "INSERT INTO worker (code, name, role) VALUES ('A', '甲', 'boss')"),
            ("ARC-06 code never changes", "UPDATE worker SET code = 'WM9' WHERE code = 'WM'"),
            ("ARC-06 worker never deleted", "DELETE FROM worker WHERE code = 'WM'"),
            ("ARC-05 UNIQUE (worker, nature, year, sequence)", """
                INSERT INTO archiveCode (code, workerCode, nature, year, month, sequence, townID, townCode, sectorCode,
                                         openedOn, issuedAt)
                SELECT 'GC-CAB-C01-202602-WM', 'WM', 'C', 2026, 2, 1, id, 'GC', 'CAB', '2026-02-01', '2026-02-01'
                FROM town WHERE code = 'GC'
                """),
            ("UNIQUE archive code", """
                INSERT INTO archiveCode (code, workerCode, nature, year, month, sequence, townID, townCode, sectorCode,
                                         openedOn, issuedAt)
                SELECT 'CS-REH-C01-202601-WM', 'WM', 'G', 2026, 1, 1, id, 'CS', 'REH', '2026-01-05', '2026-01-05'
                FROM town WHERE code = 'CS'
                """),
            ("archive code never changes", "UPDATE archiveCode SET sequence = 2"),
            ("archive code never deleted", "DELETE FROM archiveCode"),
            ("negative policy value", "UPDATE policy SET value = -1"),
            ("FK target → post type", "INSERT INTO postTarget (postTypeCode, indicator, minimum) VALUES ('none', 'visit', 1)"),
        ]
        for (name, sql) in violations {
            XCTAssertThrowsError(try database.writer.write { try $0.execute(sql: sql) }, name) { error in
                XCTAssertTrue(error is DatabaseError, "\(name): \(error)")
            }
        }
    }
}
