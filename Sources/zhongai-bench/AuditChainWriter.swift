import CSodium
import Foundation
import GRDB
import ZhongaiDomain

/// Appends generated audit rows exactly as `AppDatabase.appendAudit` does (the next sequence, the hash of the row
/// before, SHA-256 of `AuditEntry.canonicalText`), so that `zhongai audit verify` accepts the generated log; the
/// statement is prepared once, which the per-call store function cannot do.
struct AuditChainWriter {
    private var sequence: Int64
    private var previousHash: String
    private let host: String
    private let statement: Statement

    init(_ db: Database) throws {
        _ = sodium_init()
        let last = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM auditEntry ORDER BY sequence DESC LIMIT 1")
        let issued = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'auditEntry'") ?? 0
        sequence = max(last?["sequence"] ?? 0, issued)
        previousHash = last?["hash"] ?? AuditChainVerifier.genesisHash
        host = try String.fetchOne(db, sql: "SELECT host FROM auditEntry ORDER BY sequence DESC LIMIT 1") ?? "bench"
        statement = try db.makeStatement(sql: """
            INSERT INTO auditEntry (sequence, at, actorCode, action, recordKind, recordID, host, detail, previousHash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    private(set) var rowsWritten = 0

    mutating func append(at date: Date, actor: String, action: AuditAction, record: ProtectedRecordRef? = nil,
                         detail: String = "") throws {
        sequence += 1
        let at = AuditTimestamp.format(date)
        let canonical = AuditEntry.canonicalText(sequence: sequence, at: at, actorCode: actor, actionText: action.rawValue,
                                                 record: record, host: host, detail: detail, previousHash: previousHash)
        let hash = Self.sha256Hex(canonical)
        try statement.execute(arguments: [sequence, at, actor, action.rawValue, record?.kind.rawValue, record?.id, host,
                                          detail, previousHash, hash])
        previousHash = hash
        rowsWritten += 1
    }

    private static func sha256Hex(_ text: String) -> String {
        var out = [UInt8](repeating: 0, count: 32)
        let bytes = Array(text.utf8)
        _ = crypto_hash_sha256(&out, bytes, UInt64(bytes.count))
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in out {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
