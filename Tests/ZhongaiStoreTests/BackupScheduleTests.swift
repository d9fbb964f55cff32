import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Scheduled encrypted backups (issue 9 item 5): set by an administrator, made with nobody typing a passphrase,
/// opened only with it; due, retention, failures recorded and shown in 待办, the schedule's history kept.
final class BackupScheduleTests: AccessTestCase {
    let passphrase = "定时备份 passphrase"
    let hour: TimeInterval = 3600

    private func folder() throws -> URL { try temporaryDirectory() }

    private func backups(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".zhongai-backup") }.sorted()
    }

    private func schedule(_ folder: URL, everyHours: Int = 24, keep: Int = 7) throws {
        try database.setBackupSchedule(folder: folder.path, everyHours: everyHours, keep: keep,
                                       passphrase: passphrase, as: session(admin), at: now)
    }

    func testSettingTheScheduleRefusesBadInputNamingTheField() throws {
        let good = try folder().path
        let missing = good + "/not-there"
        for (field, body) in [
            ("Backup folder", { try self.database.setBackupSchedule(folder: missing, everyHours: 24, keep: 7,
                                                                     passphrase: self.passphrase, as: self.session(self.admin), at: self.now) }),
            ("Every (hours)", { try self.database.setBackupSchedule(folder: good, everyHours: 0, keep: 7,
                                                                     passphrase: self.passphrase, as: self.session(self.admin), at: self.now) }),
            ("Every (hours)", { try self.database.setBackupSchedule(folder: good, everyHours: 169, keep: 7,
                                                                     passphrase: self.passphrase, as: self.session(self.admin), at: self.now) }),
            ("Keep", { try self.database.setBackupSchedule(folder: good, everyHours: 24, keep: 0,
                                                           passphrase: self.passphrase, as: self.session(self.admin), at: self.now) }),
            ("Keep", { try self.database.setBackupSchedule(folder: good, everyHours: 24, keep: 366,
                                                           passphrase: self.passphrase, as: self.session(self.admin), at: self.now) }),
            ("Passphrase", { try self.database.setBackupSchedule(folder: good, everyHours: 24, keep: 7,
                                                                 passphrase: "short", as: self.session(self.admin), at: self.now) }),
            ("Backup schedule", { try self.database.stopBackupSchedule(as: self.session(self.admin), at: self.now) }),
        ] as [(String, () throws -> Void)] {
            try assertRefused(database, field: field, body)
        }
        XCTAssertThrowsError(try database.setBackupSchedule(folder: good, everyHours: 24, keep: 7, passphrase: passphrase,
                                                            as: session(frA), at: now)) { XCTAssertTrue($0 is AccessDenied) }
        XCTAssertNil(try database.backupSchedule().schedule)
    }

    func testNotDueBeforeItsHoursAndDueAfter() throws {
        let folder = try folder()
        try schedule(folder, everyHours: 6)
        let first = try XCTUnwrap(database.runScheduledBackupIfDue(at: now))
        XCTAssertEqual(first.outcome, .ok, first.message)
        XCTAssertEqual(try backups(in: folder), [first.fileName!])
        XCTAssertNil(try database.runScheduledBackupIfDue(at: now + 5.9 * hour), "not due before 6 hours")
        let second = try XCTUnwrap(database.runScheduledBackupIfDue(at: now + 6 * hour))
        XCTAssertEqual(second.outcome, .ok)
        XCTAssertEqual(try backups(in: folder).count, 2)
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasSuffix(".partial") })
        let audit = try database.auditEntries(filter: AuditFilter(actorCode: AuditEntry.systemActor), as: session(sd),
                                              at: now)
        XCTAssertEqual(audit.filter { $0.detail.hasPrefix("scheduled encrypted backup") }.count, 2,
                       "each run is logged as the program's own act")
    }

    func testStoppedScheduleMakesNoBackup() throws {
        let folder = try folder()
        try schedule(folder)
        try database.stopBackupSchedule(as: session(admin), at: now)
        XCTAssertNil(try database.runScheduledBackupIfDue(at: now + hour))
        XCTAssertEqual(try backups(in: folder), [])
    }

    func testRetentionKeepsTheNewestK() throws {
        let folder = try folder()
        try schedule(folder, everyHours: 1, keep: 3)
        let byHand = folder.appendingPathComponent("by-hand.zhongai-backup")
        try Data("old".utf8).write(to: byHand)
        try FileManager.default.setAttributes([.modificationDate: now - 100 * hour], ofItemAtPath: byHand.path)
        var names: [String] = []
        for step in 0..<5 {
            let run = try XCTUnwrap(database.runScheduledBackupIfDue(at: now + Double(step) * hour))
            names.append(try XCTUnwrap(run.fileName))
        }
        XCTAssertEqual(try backups(in: folder), Array(names.suffix(3)).sorted())
    }

    func testSealedBackupRestoresWithThePassphraseOnly() throws {
        try plantConsent(holder: frA, clientName: "欧阳小明")
        let folder = try folder()
        try schedule(folder)
        let digestBefore = try database.dumpDigest()
        let run = try XCTUnwrap(database.runScheduledBackupIfDue(at: now))
        XCTAssertEqual(run.dumpDigest, digestBefore, "the backup holds the database as it was")
        let file = folder.appendingPathComponent(try XCTUnwrap(run.fileName))
        let bytes = try Data(contentsOf: file)
        XCTAssertEqual(bytes[BackupHeader.magic.count], BackupHeader.sealedKeyVersion)
        XCTAssertNil(bytes.range(of: Data("欧阳小明".utf8)))

        let restored = try temporaryDirectory().appendingPathComponent("restored.sqlite")
        let check = try AppDatabase.restoreBackup(from: file, passphrase: passphrase, to: restored,
                                                  expectedDigest: run.dumpDigest)
        XCTAssertEqual(check.dumpDigest, digestBefore)
        XCTAssertEqual(try AppDatabase.checkBackup(file, passphrase: passphrase).dumpDigest, digestBefore)

        // What the database holds (public key, salt, limits) is all a thief of the computer has: it opens nothing.
        let stored = try database.writer.read { db in try Row.fetchOne(db, sql: "SELECT * FROM backupSchedule")! }
        XCTAssertEqual((stored["publicKey"] as Data).count, 32)
        XCTAssertFalse(stored.columnNames.contains { $0.lowercased().contains("secret") || $0.lowercased().contains("private") })
        for attempt in ["", "wrong passphrase", (stored["publicKey"] as Data).base64EncodedString()] {
            XCTAssertThrowsError(try AppDatabase.checkBackup(file, passphrase: attempt)) { error in
                XCTAssertEqual((error as? ValidationError)?.field, "Passphrase", "\(error)")
            }
        }
    }

    func testFailingFolderRecordsAFailedRunAndReachesTheAdministrator() throws {
        let folder = try folder()
        try schedule(folder)
        try FileManager.default.removeItem(at: folder)
        let run = try XCTUnwrap(database.runScheduledBackupIfDue(at: now + hour))
        XCTAssertEqual(run.outcome, .failed)
        XCTAssertTrue(run.message.contains(folder.path), run.message)
        XCTAssertEqual(try database.backupSchedule().lastRun?.message, run.message)
        XCTAssertEqual(try database.backupSchedule().lastRun?.outcome, .failed)
        XCTAssertNil(try database.runScheduledBackupIfDue(at: now + 1.5 * hour), "no retry within the hour")

        let items = try database.dueItems(as: session(admin), at: now + 2 * hour)
        let failed = try XCTUnwrap(items.first { $0.title == "Scheduled backup failed" })
        XCTAssertEqual(failed.subject.kind, .backup)
        XCTAssertTrue(failed.detail.contains(folder.path))
        XCTAssertFalse(try database.dueItems(as: session(sd), at: now + 2 * hour).contains { $0.subject.kind == .backup },
                       "only those who manage backups see it")
        XCTAssertTrue(try database.dueItems(as: session(admin), at: now + 49 * hour)
            .contains { $0.title == "Scheduled backup overdue" }, "no backup for twice the period")

        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let retried = try XCTUnwrap(database.runScheduledBackupIfDue(at: now + 50 * hour))
        XCTAssertEqual(retried.outcome, .ok, retried.message)
        XCTAssertFalse(try database.dueItems(as: session(admin), at: now + 50 * hour).contains { $0.subject.kind == .backup })
    }

    /// A full disk, on a 64 KB tmpfs when this machine lets root mount one: a failed run, and no file left behind.
    func testFullDiskRecordsAFailedRunAndLeavesNoFile() throws {
        let folder = try folder()
        guard FaultTests.shell("mount -t tmpfs -o size=64k tmpfs '\(folder.path)'") == 0 else {
            throw XCTSkip("mounting a tmpfs is refused here")
        }
        defer { _ = FaultTests.shell("umount -l '\(folder.path)'") }
        try schedule(folder)
        let run = try XCTUnwrap(database.runScheduledBackupIfDue(at: now))
        XCTAssertEqual(run.outcome, .failed)
        XCTAssertFalse(run.message.isEmpty)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [".zhongai-backup.lock"],
                       "neither a half backup nor its temporary file is left")
        XCTAssertEqual(try database.backupSchedule().lastRun?.outcome, .failed)
    }

    func testRunWhileAnotherConnectionWrites() throws {
        let backupFolder = try folder()
        try schedule(backupFolder)
        let path = try temporaryDatabasePath()
        let copy = try DatabaseQueue(path: path)
        try database.writer.backup(to: copy)
        try copy.close()
        let window = try AppDatabase.open(path: path)
        let other = try AppDatabase.open(path: path)
        let now = self.now
        let writes = DispatchGroup()
        writes.enter()
        DispatchQueue.global().async {
            defer { writes.leave() }
            for index in 0..<40 {
                _ = try? other.writer.write { db in
                    try AppDatabase.appendAudit(db, at: now, actor: "T", action: .list, detail: "concurrent \(index)")
                }
            }
        }
        let run = try XCTUnwrap(window.runScheduledBackupIfDue(at: now))
        writes.wait()
        XCTAssertEqual(run.outcome, .ok, run.message)
        let restored = try temporaryDirectory().appendingPathComponent("restored.sqlite")
        let check = try AppDatabase.restoreBackup(from: backupFolder.appendingPathComponent(run.fileName!),
                                                  passphrase: passphrase, to: restored, expectedDigest: run.dumpDigest)
        XCTAssertEqual(check.dumpDigest, run.dumpDigest, "a consistent snapshot, whatever was written meanwhile")
        XCTAssertEqual(try other.writer.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM auditEntry WHERE detail LIKE 'concurrent %'")
        }, 40)
        XCTAssertTrue(try window.verifyAuditLog().isIntact)
    }

    func testOneRunAtATimeAcrossProcesses() throws {
        let folder = try folder()
        try schedule(folder)
        let lock = open(folder.appendingPathComponent(".zhongai-backup.lock").path, O_RDWR | O_CREAT, 0o600)
        defer { close(lock) }
        // A lock taken through another open file description stands for another process's run.
        XCTAssertEqual(flock(lock, LOCK_EX | LOCK_NB), 0)
        XCTAssertNil(try database.runScheduledBackupIfDue(at: now), "another run holds the folder")
        XCTAssertEqual(try backups(in: folder), [])
        flock(lock, LOCK_UN)
        XCTAssertEqual(try database.runScheduledBackupIfDue(at: now)?.outcome, .ok)
    }

    func testTheScheduleKeepsItsHistory() throws {
        let first = try folder(), second = try folder()
        try schedule(first, everyHours: 24, keep: 7)
        try database.setBackupSchedule(folder: second.path, everyHours: 12, keep: 3, passphrase: passphrase,
                                       as: session(admin), at: now + hour)
        try database.stopBackupSchedule(as: session(admin), at: now + 2 * hour)
        XCTAssertEqual(try database.backupSchedule().schedule?.isOn, false)
        try schedule(first)
        XCTAssertEqual(try database.backupSchedule().schedule?.folder, first.standardizedFileURL.path)
        try database.writer.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM backupSchedule"), 4)
        }
        _ = try database.runScheduledBackupIfDue(at: now + 3 * hour)
        for sql in ["DELETE FROM backupSchedule", "UPDATE backupSchedule SET everyHours = 1",
                    "DELETE FROM backupRun", "UPDATE backupRun SET outcome = 'failed', message = 'x'"] {
            XCTAssertThrowsError(try database.writer.write { try $0.execute(sql: sql) }, sql)
        }
    }

    func testScheduledFileNamesSortByTime() {
        let earlier = BackupFileName.scheduled(at: now), later = BackupFileName.scheduled(at: now + 61)
        XCTAssertTrue(earlier < later)
        XCTAssertEqual(BackupFileName.madeAt(later), now + 61)
        XCTAssertNil(BackupFileName.madeAt("centre.zhongai-backup"))
    }
}
