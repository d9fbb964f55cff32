import ZhongaiDomain

/// A destruction batch as `archive destruction-list --propose --json` and `archive destroy --json` print it (CONF-05).
struct ArchiveBatchRow: Encodable {
    let id: Int64
    let receivedBefore: String
    let proposedBy: String
    let confirmedBy: String?
    let confirmedAt: String?
    let records: [ArchiveRecordRow]

    init(_ b: ArchiveDestructionBatch) {
        id = b.id
        receivedBefore = b.receivedBefore.description
        proposedBy = b.proposedBy
        confirmedBy = b.confirmedBy
        confirmedAt = b.confirmedAt.map(AuditTimestamp.format)
        records = b.records.map(ArchiveRecordRow.init)
    }
}
