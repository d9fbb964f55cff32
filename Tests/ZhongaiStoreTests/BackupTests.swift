import Foundation
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Encrypted backups (issue 9): a round trip verified by the full dump, and every bad file refused with a clear
/// message and nothing written.
final class BackupTests: AccessTestCase {
    let passphrase = "备份口令 long enough"

    private func makeBackup() throws -> (file: URL, digest: String) {
        try plantConsent(holder: frA, clientName: "欧阳小明")
        let file = try temporaryDirectory().appendingPathComponent("centre.zhongai-backup")
        let digest = try database.createBackup(at: file, passphrase: passphrase, by: session(admin), at: now)
        return (file, digest)
    }

    private func assertRefused(_ file: URL, passphrase: String? = nil, saying words: String,
                               file testFile: StaticString = #filePath, line: UInt = #line) throws {
        let destination = try temporaryDirectory().appendingPathComponent("restored.sqlite")
        XCTAssertThrowsError(try AppDatabase.restoreBackup(from: file, passphrase: passphrase ?? self.passphrase,
                                                           to: destination), file: testFile, line: line) { error in
            XCTAssertTrue("\(error)".contains(words), "\(error)", file: testFile, line: line)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: destination.deletingLastPathComponent().path),
                       [], "nothing is left behind", file: testFile, line: line)
    }

    func testRoundTripRestoresTheSameDatabase() throws {
        let (file, digest) = try makeBackup()
        XCTAssertEqual(digest, try database.dumpDigest(), "the backup is of the database as it is")
        let plain = try Data(contentsOf: file)
        XCTAssertNil(plain.range(of: Data("欧阳小明".utf8)), "the client's name is not readable in the file")
        let destination = try temporaryDirectory().appendingPathComponent("restored.sqlite")
        let check = try AppDatabase.restoreBackup(from: file, passphrase: passphrase, to: destination,
                                                  expectedDigest: digest)
        XCTAssertEqual(check.dumpDigest, digest)
        let restored = try AppDatabase.open(path: destination.path)
        XCTAssertEqual(try restored.dumpDigest(), digest)
        XCTAssertTrue(try restored.verifyAuditLog().isIntact)
        XCTAssertEqual(try AppDatabase.checkBackup(file, passphrase: passphrase).dumpDigest, digest)
    }

    func testBackupIsLoggedAndNeedsTheAdministrator() throws {
        let file = try temporaryDirectory().appendingPathComponent("denied.zhongai-backup")
        XCTAssertThrowsError(try database.createBackup(at: file, passphrase: passphrase, by: session(frA), at: now)) {
            XCTAssertTrue($0 is AccessDenied)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
        let (_, _) = try makeBackup()
        let rows = try database.auditEntries(filter: AuditFilter(actorCode: admin.code), as: session(sd), at: now)
        XCTAssertTrue(rows.contains { $0.detail.hasPrefix("encrypted backup") })
    }

    func testWrongPassphraseIsRefused() throws {
        let (file, _) = try makeBackup()
        try assertRefused(file, passphrase: "not the passphrase", saying: "wrong passphrase")
    }

    func testTruncatedBackupIsRefused() throws {
        let (file, _) = try makeBackup()
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count - 100).write(to: file)
        try assertRefused(file, saying: "truncated")
        try bytes.prefix(20).write(to: file)
        try assertRefused(file, saying: "truncated")
    }

    func testTamperedBackupIsRefused() throws {
        let (file, _) = try makeBackup()
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: file)
        try assertRefused(file, saying: "changed")
    }

    func testTamperedHeaderIsRefused() throws {
        let (file, _) = try makeBackup()
        var bytes = try Data(contentsOf: file)
        bytes[BackupHeader.length(ofVersion: BackupHeader.passphraseVersion)! - 1] ^= 0x01
        try bytes.write(to: file)
        try assertRefused(file, saying: "header")
    }

    func testOtherFileIsRefused() throws {
        let file = try temporaryDirectory().appendingPathComponent("notes.txt")
        try Data("hello, this is not a backup at all".utf8).write(to: file)
        try assertRefused(file, saying: "not a workbench backup")
    }

    func testRestoreNeverReplacesAFileUnlessAsked() throws {
        let (file, digest) = try makeBackup()
        let destination = try temporaryDirectory().appendingPathComponent("live.sqlite")
        try Data("live".utf8).write(to: destination)
        XCTAssertThrowsError(try AppDatabase.restoreBackup(from: file, passphrase: passphrase, to: destination))
        XCTAssertEqual(try Data(contentsOf: destination), Data("live".utf8))
        let check = try AppDatabase.restoreBackup(from: file, passphrase: passphrase, to: destination, replacing: true)
        XCTAssertEqual(check.dumpDigest, digest)
    }

    func testRetentionKeepsTheNewest() {
        let made = (0..<5).map { Date(timeIntervalSince1970: Double($0) * 86400) }
        XCTAssertEqual(BackupRetention.expired(made, keep: 2) { $0 }, Array(made.prefix(3)).reversed())
        XCTAssertEqual(BackupRetention.expired(made, keep: 9) { $0 }, [])
    }

    // MARK: Header version 2 (scheduled backups: a file key sealed to the passphrase's public key)

    private func makeSealedBackup() throws -> (file: URL, digest: String) {
        try plantConsent(holder: frA, clientName: "欧阳小明")
        let folder = try temporaryDirectory()
        try database.setBackupSchedule(folder: folder.path, everyHours: 24, keep: 7, passphrase: passphrase,
                                       as: session(admin), at: now)
        let run = try XCTUnwrap(database.runScheduledBackupIfDue(at: now))
        return (folder.appendingPathComponent(try XCTUnwrap(run.fileName)), try XCTUnwrap(run.dumpDigest))
    }

    private var sealedHeaderLength: Int { BackupHeader.length(ofVersion: BackupHeader.sealedKeyVersion)! }

    func testSealedBackupRoundTrip() throws {
        let (file, digest) = try makeSealedBackup()
        let destination = try temporaryDirectory().appendingPathComponent("restored.sqlite")
        XCTAssertEqual(try AppDatabase.restoreBackup(from: file, passphrase: passphrase, to: destination,
                                                     expectedDigest: digest).dumpDigest, digest)
    }

    func testSealedBackupWrongPassphraseIsRefused() throws {
        let (file, _) = try makeSealedBackup()
        try assertRefused(file, passphrase: "not the passphrase", saying: "wrong passphrase")
    }

    func testSealedBackupTruncatedIsRefused() throws {
        let (file, _) = try makeSealedBackup()
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count - 100).write(to: file)
        try assertRefused(file, saying: "truncated")
        try bytes.prefix(sealedHeaderLength - 10).write(to: file)
        try assertRefused(file, saying: "truncated")
    }

    func testSealedBackupTamperedIsRefused() throws {
        let (file, _) = try makeSealedBackup()
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: file)
        try assertRefused(file, saying: "changed")
    }

    func testSealedBackupTamperedHeaderIsRefused() throws {
        let (file, _) = try makeSealedBackup()
        let original = try Data(contentsOf: file)
        // The sealed key, then the stream header: each change is caught.
        for offset in [sealedHeaderLength - BackupHeader.streamHeaderLength - 1, sealedHeaderLength - 1] {
            var bytes = original
            bytes[offset] ^= 0x01
            try bytes.write(to: file)
            try assertRefused(file, saying: "header")
        }
    }

    func testUnknownVersionIsRefused() throws {
        let (file, _) = try makeSealedBackup()
        var bytes = try Data(contentsOf: file)
        bytes[BackupHeader.magic.count] = 9
        try bytes.write(to: file)
        try assertRefused(file, saying: "version 9")
    }
}
