import Foundation

/// What to show of the audit log: by person, record, action and time. Empty means everything.
public struct AuditFilter: Equatable, Sendable {
    public var actorCode: String?
    public var recordKind: ProtectedRecordKind?
    public var recordID: String?
    public var action: AuditAction?
    /// Inclusive lower bound.
    public var from: Date?
    /// Exclusive upper bound.
    public var until: Date?
    /// At most this many rows, newest first; nil for all.
    public var limit: Int?

    public init(actorCode: String? = nil, recordKind: ProtectedRecordKind? = nil, recordID: String? = nil,
                action: AuditAction? = nil, from: Date? = nil, until: Date? = nil, limit: Int? = nil) {
        self.actorCode = actorCode
        self.recordKind = recordKind
        self.recordID = recordID
        self.action = action
        self.from = from
        self.until = until
        self.limit = limit
    }

    public init(record: ProtectedRecordRef, limit: Int? = nil) {
        self.init(recordKind: record.kind, recordID: record.id, limit: limit)
    }

    /// A one-line description for the audit row that records a look at the log itself.
    public var summary: String {
        var parts: [String] = []
        if let actorCode { parts.append("actor=\(actorCode)") }
        if let recordKind { parts.append("kind=\(recordKind.rawValue)") }
        if let recordID { parts.append("id=\(recordID)") }
        if let action { parts.append("action=\(action.rawValue)") }
        if let from { parts.append("from=\(AuditTimestamp.format(from))") }
        if let until { parts.append("until=\(AuditTimestamp.format(until))") }
        if let limit { parts.append("limit=\(limit)") }
        return parts.isEmpty ? "all" : parts.joined(separator: " ")
    }
}
