import CSodium
import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Makes an encrypted backup of the open database at `output` (a new file): SQLite's online backup of a
    /// consistent snapshot (GRDB `backup(to:)`, which works while the window holds the database), encrypted with
    /// the passphrase (BackupCipher). The plain copy lives only in a private temporary folder and is removed.
    /// Returns the digest of the copy's full dump, which `restoreBackup` compares.
    ///
    /// A backup holds every record, so it needs `manageReferenceData` (系统管理员 by default); it is logged first,
    /// so the backup holds its own log row.
    @discardableResult
    public func createBackup(at output: URL, passphrase: String, by session: Session, at now: Date = Date()) throws
        -> String {
        guard !FileManager.default.fileExists(atPath: output.path) else {
            throw ValidationError(field: N_("Backup"), N_("%@ exists already: choose a new file name"), output.path)
        }
        try BackupCipher.requireUsablePassphrase(passphrase)
        _ = try actorTransaction(session, action: .manageReferenceData, at: now) { db, context in
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor, action: .export,
                                        detail: "encrypted backup \(output.lastPathComponent)")
        }
        return try encryptedSnapshot { copy in try BackupCipher.encrypt(copy, to: output, passphrase: passphrase) }
    }

    /// A consistent copy of the open database (SQLite's online backup) in a private temporary folder, handed to
    /// `encrypt` and removed afterwards, so the plain copy never outlives the call; returns the copy's dump digest.
    func encryptedSnapshot(_ encrypt: (URL) throws -> Void) throws -> String {
        try AppDatabase.withPrivateFolder { folder in
            let copy = folder.appendingPathComponent("copy.sqlite")
            let target = try DatabaseQueue(path: copy.path)
            try writer.backup(to: target)
            let digest = try AppDatabase.dumpDigest(target)
            try target.close()
            try encrypt(copy)
            return digest
        }
    }

    /// Decrypts the backup at `input` into `destination`, checks it (integrity_check) and, when `expectedDigest`
    /// is given, compares its full dump with it. Refuses an existing destination unless `replacing`; the new file
    /// is written beside and moved into place only once checked, so a refusal leaves the destination as it was.
    public static func restoreBackup(from input: URL, passphrase: String, to destination: URL, replacing: Bool = false,
                                     expectedDigest: String? = nil) throws -> BackupCheck {
        if FileManager.default.fileExists(atPath: destination.path), !replacing {
            throw ValidationError(field: N_("Destination"),
                                  N_("%@ exists: restore into a new file, or confirm replacing it"), destination.path)
        }
        let staging = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).restoring-\(getpid())")
        defer { try? FileManager.default.removeItem(at: staging) }
        try BackupCipher.decrypt(input, to: staging, passphrase: passphrase)
        let check = try checked(staging)
        if let expectedDigest, expectedDigest != check.dumpDigest {
            throw ValidationError(field: N_("Backup"), N_("the restored database differs from the one backed up"))
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: destination.path + suffix) }
        if FileManager.default.fileExists(atPath: destination.path) { try FileManager.default.removeItem(at: destination) }
        try FileManager.default.moveItem(at: staging, to: destination)
        return check
    }

    /// Decrypts the backup into a private temporary file and checks it; nothing else is written.
    public static func checkBackup(_ input: URL, passphrase: String) throws -> BackupCheck {
        try withPrivateFolder { folder in
            let plain = folder.appendingPathComponent("check.sqlite")
            try BackupCipher.decrypt(input, to: plain, passphrase: passphrase)
            return try checked(plain)
        }
    }

    /// The digest of the full dump of the open database, to compare with a restored copy.
    public func dumpDigest() throws -> String {
        try AppDatabase.dumpDigest(writer)
    }

    private static func checked(_ file: URL) throws -> BackupCheck {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: file.path)
            let result = try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
            guard result == ["ok"] else {
                throw ValidationError(field: N_("Backup"), N_("the database in the backup is damaged: %@"),
                                      result.prefix(3).joined(separator: "; "))
            }
        } catch let error as DatabaseError {
            throw ValidationError(field: N_("Backup"), N_("the backup does not hold a readable database: %@"),
                                  error.message ?? error.description)
        }
        defer { try? queue.close() }
        let cases = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM caseFile") ?? 0 }
        let audit = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM auditEntry") ?? 0 }
        return BackupCheck(caseCount: cases, auditRowCount: audit, dumpDigest: try dumpDigest(queue))
    }

    /// SHA-256 over every row of every ordinary table, in table-name and rowid order, each value as SQL `quote()`
    /// writes it: two databases with the same digest hold the same data.
    static func dumpDigest(_ reader: any DatabaseReader) throws -> String {
        try reader.read { db in
            var state = crypto_hash_sha256_state()
            crypto_hash_sha256_init(&state)
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                  AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name
                """)
            for table in tables {
                let columns = try db.columns(in: table).map { "quote(\($0.name.quotedDatabaseIdentifier))" }
                let withRowID = try Bool.fetchOne(db, sql: "SELECT sql NOT LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?",
                                                  arguments: [table]) ?? true
                let order = withRowID ? "rowid" : "1"
                let rows = try String.fetchCursor(db, sql: """
                    SELECT \(columns.joined(separator: " || ',' || ")) FROM \(table.quotedDatabaseIdentifier) ORDER BY \(order)
                    """)
                let name = Array("\n# \(table)\n".utf8)
                crypto_hash_sha256_update(&state, name, UInt64(name.count))
                while let row = try rows.next() {
                    let bytes = Array((row + "\n").utf8)
                    crypto_hash_sha256_update(&state, bytes, UInt64(bytes.count))
                }
            }
            var out = [UInt8](repeating: 0, count: 32)
            crypto_hash_sha256_final(&state, &out)
            return out.map { String(format: "%02x", $0) }.joined()
        }
    }

    /// Runs `body` with a new folder only this user can read, removed afterwards with what it holds.
    static func withPrivateFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhongai-backup-\(Crypto.newRecordID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }
}
