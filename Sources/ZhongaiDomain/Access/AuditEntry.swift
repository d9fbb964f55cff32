import Foundation

/// One row of the audit log: who did what to which record, when, from which machine, hash-chained to the row
/// before it (CONF-02; issue 3).
public struct AuditEntry: Equatable, Sendable {
    /// 1, 2, 3…: rows are never deleted, so the numbers have no gaps.
    public var sequence: Int64
    /// UTC, ISO-8601 with milliseconds (`AuditTimestamp`), exactly as hashed.
    public var at: String
    /// The worker's code; for a failed sign-in, the code that was typed; `AuditEntry.systemActor` for the program
    /// itself (first run, a change made without a session).
    public var actorCode: String
    /// The `AuditAction` raw value (kept as text: a newer program may write actions this one does not know).
    public var actionText: String
    public var record: ProtectedRecordRef?
    /// The machine's host name.
    public var host: String
    public var detail: String
    public var previousHash: String
    public var hash: String

    /// The actor of rows written without a signed-in worker; never a worker code (codes are uppercase letters).
    public static let systemActor = "(system)"

    public init(sequence: Int64, at: String, actorCode: String, actionText: String, record: ProtectedRecordRef?,
                host: String, detail: String, previousHash: String, hash: String) {
        self.sequence = sequence
        self.at = at
        self.actorCode = actorCode
        self.actionText = actionText
        self.record = record
        self.host = host
        self.detail = detail
        self.previousHash = previousHash
        self.hash = hash
    }

    public var action: AuditAction? { AuditAction(rawValue: actionText) }
    public var date: Date? { AuditTimestamp.parse(at) }

    /// The text the row's hash covers: every field but the hash itself, each written as its UTF-8 length, a
    /// colon and the value (nil as "!"), so no two different rows give the same text.
    public var canonicalText: String {
        AuditEntry.canonicalText(sequence: sequence, at: at, actorCode: actorCode, actionText: actionText,
                                 record: record, host: host, detail: detail, previousHash: previousHash)
    }

    public static func canonicalText(sequence: Int64, at: String, actorCode: String, actionText: String,
                                     record: ProtectedRecordRef?, host: String, detail: String,
                                     previousHash: String) -> String {
        let fields: [String?] = ["zhongai-audit-v1", String(sequence), at, actorCode, actionText, record?.kind.rawValue,
                                 record?.id, host, detail, previousHash]
        return fields.map { $0.map { "\($0.utf8.count):\($0)" } ?? "!" }.joined(separator: "|")
    }
}
