import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Faults of the machine (issue 9): a read-only file, a database locked past the busy timeout, a file that is not
/// a database, a full disk, an attachment whose bytes are gone. Each gives an error that says what happened, and
/// leaves no partial write.
final class FaultTests: CaseTestCase {
    private var mounts: [String] = []

    override func tearDown() {
        for mount in mounts { _ = Self.shell("umount -l '\(mount)'") }
        mounts = []
        super.tearDown()
    }

    private func fileDatabase(at path: String? = nil) throws -> (AppDatabase, String) {
        let path = try path ?? temporaryDatabasePath()
        let database = try AppDatabase.open(path: path)
        try database.loadReferenceData(from: Self.dataDirectory)
        return (database, path)
    }

    private func addPoint(_ database: AppDatabase, _ name: String, employer: String = "茶山镇残疾人联合会") throws {
        try database.addServicePoint(name: name, townName: "茶山", sectorCode: "REH", employerUnit: employer)
    }

    func testReadOnlyFileRefusesTheWriteAndKeepsTheData() throws {
        let path = try temporaryDatabasePath()
        var before: [String] = []
        do {
            let (database, _) = try fileDatabase(at: path)
            try addPoint(database, "茶山镇残联社工服务点")
            before = try dump(database)
        }
        // Root ignores file modes; the immutable attribute holds even for root.
        guard Self.shell("chattr +i '\(path)'") == 0 else { throw XCTSkip("chattr +i is not available here") }
        defer { _ = Self.shell("chattr -i '\(path)'") }
        XCTAssertThrowsError(try {
            let database = try AppDatabase.open(path: path)
            try addPoint(database, "虎门镇妇联社工服务点")
        }()) { error in
            XCTAssertTrue("\(error)".localizedCaseInsensitiveContains("readonly")
                          || "\(error)".localizedCaseInsensitiveContains("read-only"), "\(error)")
        }
        _ = Self.shell("chattr -i '\(path)'")
        XCTAssertEqual(try dump(AppDatabase.open(path: path)), before)
    }

    func testLockHeldPastTheBusyTimeoutRefusesTheWrite() throws {
        let (database, path) = try fileDatabase()
        let before = try dump(database)
        let other = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? other.inTransaction(.immediate) { _ in
                locked.signal()
                release.wait()
                return .rollback
            }
        }
        locked.wait()
        XCTAssertThrowsError(try addPoint(database, "茶山镇残联社工服务点")) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_BUSY, "\(error)")
            XCTAssertTrue("\(error)".contains("locked"), "\(error)")
        }
        release.signal()
        XCTAssertEqual(try dump(database), before)
        try addPoint(database, "茶山镇残联社工服务点")
    }

    func testFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let path = try temporaryDatabasePath()
        let garbage = Data((0..<16384).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try AppDatabase.open(path: path)) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_NOTADB, "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), garbage)
    }

    /// A full disk, on a 4 MB tmpfs (room for the schema and reference data) when this machine lets root mount one.
    func testFullDiskOnATinyFileSystemKeepsEveryCommittedWrite() throws {
        let folder = try temporaryDirectory().path
        guard Self.shell("mount -t tmpfs -o size=4m tmpfs '\(folder)'") == 0 else {
            throw XCTSkip("mounting a tmpfs is refused here; testFullDiskByPageLimit covers it")
        }
        mounts.append(folder)
        try assertFillsUp(try fileDatabase(at: folder + "/workbench.sqlite").0)
    }

    /// The same with SQLite's max_page_count, which fails a write the way a full disk does (SQLITE_FULL).
    func testFullDiskByPageLimitKeepsEveryCommittedWrite() throws {
        let (database, _) = try fileDatabase()
        try database.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 20)")
        }
        try assertFillsUp(database)
    }

    private func assertFillsUp(_ database: AppDatabase, file: StaticString = #filePath, line: UInt = #line) throws {
        let employer = String(repeating: "东莞市众爱公益服务中心", count: 1500)
        var added = 0
        var failure: (any Error)?
        var before: [String] = []
        while failure == nil, added < 5000 {
            before = try dump(database)
            do {
                try addPoint(database, "服务点\(added)", employer: employer)
                added += 1
            } catch {
                failure = error
            }
        }
        let error = try XCTUnwrap(failure, "the disk never filled", file: file, line: line)
        XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_FULL, "\(error)", file: file, line: line)
        XCTAssertTrue("\(error)".contains("full"), "\(error)", file: file, line: line)
        XCTAssertEqual(try dump(database), before, "the refused write left nothing", file: file, line: line)
        XCTAssertTrue(try database.verifyAuditLog().isIntact, file: file, line: line)
        XCTAssertEqual(try database.servicePoints().count, added, file: file, line: line)
    }

    /// Issue 9 item 4. Attachments keep their bytes in the database (CASE-14), so no file can be deleted or moved
    /// behind the program's back; what can go missing is the bytes of a row, emptied, cut or changed by another
    /// tool or a damaged page. Viewing, exporting or printing such an attachment is refused with a message naming
    /// the file and its case; nothing is written or logged, the case's other attachment still opens, the list and
    /// the archive checklist still show the file, and the audit chain stays whole.
    func testMissingAttachmentBytesAreRefusedByNameAndNothingIsWritten() throws {
        let caseFile = try openedCase()
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR家访照片".utf8))
        let damaged = try database.attach(fileName: "家访照片.png", data: png, to: caseFile.ref, as: session(frA),
                                          at: now)
        let intact = try database.attach(fileName: "同意书.png", data: png + Data([1]), to: caseFile.ref,
                                         as: session(frA), at: now)
        let archive = try detail(caseFile).archive
        let damages: [(String, any DatabaseValueConvertible)] = [
            ("zeroed", Data(count: png.count)), ("empty", Data()), ("cut", png.prefix(5)),
            ("changed", Data([0]) + png.dropFirst()), ("text", "not a picture"),
        ]
        for (damage, content) in damages {
            try damageBehindTheProgramsBack(attachment: damaged.id, content: content)
            let before = try dump(database)
            for action in [AccessAction.view, .export, .print] {
                XCTAssertThrowsError(try database.attachmentData(id: damaged.id, as: session(frA), for: action,
                                                                 at: now), "\(damage) \(action)") { error in
                    let refusal = error as? ValidationError
                    XCTAssertEqual(refusal?.field, "Attachment", "\(damage): \(error)")
                    XCTAssertEqual(refusal?.rule, "CASE-14", "\(damage): \(error)")
                    XCTAssertTrue("\(error)".contains("家访照片.png") && "\(error)".contains(caseFile.code),
                                  "\(damage): the message names the file and the case: \(error)")
                }
                XCTAssertEqual(try dump(database), before, "\(damage) \(action): the refusal wrote nothing")
            }
            XCTAssertEqual(try database.attachmentData(id: intact.id, as: session(frA), for: .export, at: now),
                           png + Data([1]))
            XCTAssertEqual(try database.attachments(of: caseFile.ref, as: session(frA), at: now).map(\.id),
                           [damaged.id, intact.id])
            XCTAssertEqual(try detail(caseFile).archive, archive)
            XCTAssertTrue(try database.verifyAuditLog().isIntact, damage)
        }
    }

    /// What another program could do to the file: the append-only trigger and the length check are not in its way
    /// (NOT NULL still holds, so "no bytes at all" is an empty blob).
    private func damageBehindTheProgramsBack(attachment id: String, content: any DatabaseValueConvertible) throws {
        try database.writer.writeWithoutTransaction { db in
            let trigger = try String.fetchOne(db, sql: """
                SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'attachment_never_updated'
                """)!
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "DROP TRIGGER attachment_never_updated")
            try db.execute(sql: "UPDATE attachment SET content = ? WHERE id = ?", arguments: [content, id])
            try db.execute(sql: trigger)
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
    }

    @discardableResult
    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>/dev/null"]
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
