import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// This machine's host name, written in every audit row.
    static let hostName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "unknown" }
        let name = Crypto.cText(buffer)
        return name.isEmpty ? "unknown" : name
    }()

    /// Appends one row to the audit log, inside the caller's transaction: the next sequence number (after every
    /// number SQLite ever issued, so rows deleted at the end stay visible as a gap), the hash of the last row, and
    /// SHA-256 of the new row's canonical text.
    @discardableResult
    static func appendAudit(_ db: Database, at date: Date, actor: String, action: AuditAction,
                            record: ProtectedRecordRef? = nil, detail: String = "") throws -> AuditEntry {
        // One cached statement (every audited write runs it): the last row is the end of the primary key.
        let last = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'auditEntry') AS issued,
                   (SELECT sequence FROM auditEntry ORDER BY sequence DESC LIMIT 1) AS sequence,
                   (SELECT hash FROM auditEntry ORDER BY sequence DESC LIMIT 1) AS hash
            """))
        let issued: Int64 = last?["issued"] ?? 0
        let lastSequence: Int64 = last?["sequence"] ?? 0
        let previousHash: String = last?["hash"] ?? AuditChainVerifier.genesisHash
        let sequence = max(lastSequence, issued) + 1
        let at = AuditTimestamp.format(date)
        let actorCode = String(actor.prefix(64))
        let canonical = AuditEntry.canonicalText(sequence: sequence, at: at, actorCode: actorCode,
                                                 actionText: action.rawValue, record: record, host: hostName,
                                                 detail: detail, previousHash: previousHash)
        let entry = AuditEntry(sequence: sequence, at: at, actorCode: actorCode, actionText: action.rawValue,
                               record: record, host: hostName, detail: detail, previousHash: previousHash,
                               hash: Crypto.sha256Hex(canonical))
        try db.cachedStatement(sql: """
            INSERT INTO auditEntry (sequence, at, actorCode, action, recordKind, recordID, host, detail, previousHash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [entry.sequence, entry.at, entry.actorCode, entry.actionText,
                                     record?.kind.rawValue, record?.id, entry.host, entry.detail, entry.previousHash,
                                     entry.hash])
        return entry
    }

    /// Walks the whole audit log and reports the first break of the chain: a row edited (its hash no longer
    /// matches), a row deleted (a gap in the numbers or in the chain, or rows missing at the end), a row inserted
    /// by something other than the program (a hash that does not match, or a chain that does not follow).
    ///
    /// Reads only; needs no session (it shows no content). Limit: someone who can write the file and who
    /// recomputes every hash after the change is caught only by comparing `headHash` with one written down before
    /// (a report, a printout), so the viewer should show it.
    public func verifyAuditLog() throws -> AuditVerification {
        try writer.read { db in
            var verifier = AuditChainVerifier(hash: Crypto.sha256Hex)
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM auditEntry ORDER BY sequence")
            while let row = try rows.next() {
                if !verifier.check(AppDatabase.auditEntry(row)) { break }
            }
            let issued = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'auditEntry'")
            return verifier.finish(lastIssued: issued)
        }
    }

    /// The audit log for the viewer, newest first, filtered by person, record, action and time. Allowed to the
    /// roles with `viewAudit` (服务部, 理事长, 副理事长 by default); the look itself is logged, and a refusal too.
    public func auditEntries(filter: AuditFilter = AuditFilter(), as session: Session, at now: Date = Date()) throws
        -> [AuditEntry] {
        try accessTransaction(session, action: .viewAudit, at: now) { db, context in
            try context.authorize(db, .viewAudit)
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let actor = filter.actorCode { conditions.append("actorCode = ?"); arguments += [actor] }
            if let kind = filter.recordKind { conditions.append("recordKind = ?"); arguments += [kind.rawValue] }
            if let id = filter.recordID { conditions.append("recordID = ?"); arguments += [id] }
            if let action = filter.action { conditions.append("action = ?"); arguments += [action.rawValue] }
            if let from = filter.from { conditions.append("at >= ?"); arguments += [AuditTimestamp.format(from)] }
            if let until = filter.until { conditions.append("at < ?"); arguments += [AuditTimestamp.format(until)] }
            var sql = "SELECT * FROM auditEntry"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY sequence DESC"
            if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
            let entries = try Row.fetchAll(db, sql: sql, arguments: arguments).map(AppDatabase.auditEntry)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .auditViewed,
                                        detail: filter.summary + " → \(entries.count) rows")
            return entries
        }
    }

    static func auditEntry(_ row: Row) -> AuditEntry {
        let kind: String? = row["recordKind"]
        let id: String? = row["recordID"]
        var record: ProtectedRecordRef?
        if let kind, let id { record = ProtectedRecordRef(kind: ProtectedRecordKind(kind), id: id) }
        return AuditEntry(sequence: row["sequence"], at: row["at"], actorCode: row["actorCode"],
                          actionText: row["action"], record: record, host: row["host"], detail: row["detail"],
                          previousHash: row["previousHash"], hash: row["hash"])
    }
}
