import ZhongaiDomain

/// One audit row in `audit list --json`.
struct AuditRow: Encodable {
    let sequence: Int64
    let at: String
    let actorCode: String
    let action: String
    let recordKind: String?
    let recordID: String?
    let host: String
    let detail: String
    let previousHash: String
    let hash: String

    init(_ entry: AuditEntry) {
        sequence = entry.sequence
        at = entry.at
        actorCode = entry.actorCode
        action = entry.actionText
        recordKind = entry.record?.kind.rawValue
        recordID = entry.record?.id
        host = entry.host
        detail = entry.detail
        previousHash = entry.previousHash
        hash = entry.hash
    }
}
