import Foundation

/// CONF-05 (每三年大清查，统一销毁归档资料): a batch of archived paper material received more than
/// `archive.destruction_interval_years` before, proposed by 服务部 and confirmed by the chair (理事长). Only the
/// paper is destroyed: the electronic records stay in the database, which never deletes them.
public struct ArchiveDestructionBatch: Equatable, Codable, Sendable {
    public var id: Int64
    /// Material received before this day is in the batch.
    public var receivedBefore: CalendarDate
    public var proposedBy: String
    public var proposedAt: Date
    public var confirmedBy: String?
    public var confirmedAt: Date?
    public var records: [ArchivedRecord]

    public init(id: Int64, receivedBefore: CalendarDate, proposedBy: String, proposedAt: Date,
                confirmedBy: String? = nil, confirmedAt: Date? = nil, records: [ArchivedRecord]) {
        self.id = id
        self.receivedBefore = receivedBefore
        self.proposedBy = proposedBy
        self.proposedAt = proposedAt
        self.confirmedBy = confirmedBy
        self.confirmedAt = confirmedAt
        self.records = records
    }

    public var isConfirmed: Bool { confirmedAt != nil }
}
