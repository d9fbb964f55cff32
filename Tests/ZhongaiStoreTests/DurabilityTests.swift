import Dispatch
import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class DurabilityTests: StoreTestCase {
    private struct Pragmas: Equatable {
        var journalMode: String
        var synchronous: Int
        var foreignKeys: Int
        var busyTimeout: Int
    }

    private static func pragmas(_ db: Database) throws -> Pragmas {
        Pragmas(journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
                synchronous: try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1,
                foreignKeys: try Int.fetchOne(db, sql: "PRAGMA foreign_keys") ?? -1,
                busyTimeout: try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? -1)
    }

    /// WAL, synchronous=FULL (2) and foreign keys on the writer and on every reader of the pool.
    func testDurabilitySettingsOnWriterAndReaders() throws {
        let database = try AppDatabase.open(path: try temporaryDatabasePath())
        let pool = try XCTUnwrap(database.writer as? DatabasePool)
        let writer = try pool.writeWithoutTransaction { try Self.pragmas($0) }
        XCTAssertEqual(writer, Pragmas(journalMode: "wal", synchronous: 2, foreignKeys: 1, busyTimeout: 5000))

        // Readers held open at the same time are distinct connections.
        let readers = Locked<[Pragmas]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let read = try? pool.read { db -> Pragmas in
                Thread.sleep(forTimeInterval: 0.1)
                return try DurabilityTests.pragmas(db)
            }
            if let read { readers.withLock { $0.append(read) } }
        }
        let readerPragmas = readers.withLock { $0 }
        XCTAssertEqual(readerPragmas.count, 4)
        for reader in readerPragmas {
            XCTAssertEqual(reader.journalMode, "wal")
            XCTAssertEqual(reader.synchronous, 2)
            XCTAssertEqual(reader.foreignKeys, 1)
        }
        // Still FULL on the writer after writes.
        try database.addTown(name: "测试镇", code: "CSZ")
        XCTAssertEqual(try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }, 2)
    }

    func testOpenCreatesMissingFolders() throws {
        let path = try temporaryDirectory().appendingPathComponent("a/b/zhongai/workbench.sqlite").path
        _ = try AppDatabase.open(path: path)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
    }

    func testDefaultPathFollowsXDG() {
        XCTAssertEqual(AppDatabase.defaultPath(environment: ["XDG_DATA_HOME": "/data/home", "HOME": "/home/a"]),
                       "/data/home/zhongai/workbench.sqlite")
        XCTAssertEqual(AppDatabase.defaultPath(environment: ["HOME": "/home/a"]),
                       "/home/a/.local/share/zhongai/workbench.sqlite")
        // XDG says a relative XDG_DATA_HOME is invalid and ignored.
        XCTAssertEqual(AppDatabase.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/a"]),
                       "/home/a/.local/share/zhongai/workbench.sqlite")
    }

    /// Two processes' worth of pools opening a fresh file at the same moment both end up migrated.
    func testTwoDatabasesOpenAFreshFileAtOnce() throws {
        let path = try temporaryDatabasePath()
        let failures = Locked<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do { _ = try AppDatabase.open(path: path) } catch { failures.withLock { $0.append("\(error)") } }
        }
        XCTAssertEqual(failures.withLock { $0 }, [])
        let database = try AppDatabase.open(path: path)
        XCTAssertEqual(try database.towns(), [])
    }

    /// Two AppDatabase instances on one file (the GUI and the CLI) write from several threads at once: every row
    /// is there, no SQLITE_BUSY, and ARC-05's sequences stay unique and gap-free across both.
    func testTwoWritersAtOnce() throws {
        let path = try temporaryDatabasePath()
        let first = try AppDatabase.open(path: path)
        let second = try AppDatabase.open(path: path)
        try first.loadReferenceData(from: Self.dataDirectory)
        let worker = try second.addWorker(name: "王明", role: .frontline)
        let date = try CalendarDate(year: 2026, month: 3, day: 2)

        let iterations = 40
        let failures = Locked<[String]>([])
        let codes = Locked<[ArchiveCode]>([])
        DispatchQueue.concurrentPerform(iterations: iterations) { index in
            let database = index.isMultiple(of: 2) ? first : second
            do {
                let code = try database.issueArchiveCode(workerCode: worker.code, nature: .caseWork,
                                                         townName: index.isMultiple(of: 3) ? "茶山" : "莞城",
                                                         sectorCode: "REH", date: date)
                codes.withLock { $0.append(code) }
                // Distinct codes: (index % 6, index % 26) differs for every index below 78.
                let townCode = "CC" + String(repeating: "Z", count: index % 6) + String(UnicodeScalar(UInt8(65 + index % 26)))
                try database.addTown(name: "并发镇\(index)", code: townCode)
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        XCTAssertEqual(failures.withLock { $0 }, [])
        XCTAssertEqual(try first.towns().count, 33 + iterations)
        XCTAssertEqual(codes.withLock { $0 }.map(\.sequence).sorted(), Array(1...iterations))
        XCTAssertEqual(try first.archiveCodes(workerCode: worker.code).count, iterations)
        XCTAssertEqual(try second.archiveCodes(workerCode: worker.code).map(\.sequence), Array(1...iterations))
    }
}
