import Foundation

/// 移交清单 (ARC-08): a worker's records of one quarter handed to 服务部, in duplicate, with content, quantity, time
/// and both confirmations: the worker's (handed over) and 服务部's (received, or returned with a reason).
public struct HandoverList: Equatable, Codable, Sendable {
    public var id: String
    public var workerCode: String
    public var workerName: String
    public var quarter: ArchiveQuarter
    public var state: HandoverListState
    public var lines: [HandoverListLine]
    public var createdAt: Date
    public var handedOverAt: Date?
    public var receiverCode: String?
    public var receiverName: String?
    public var receivedAt: Date?
    public var returnedAt: Date?
    public var returnReason: String?

    public init(id: String, workerCode: String, workerName: String, quarter: ArchiveQuarter, state: HandoverListState,
                lines: [HandoverListLine], createdAt: Date, handedOverAt: Date? = nil, receiverCode: String? = nil,
                receiverName: String? = nil, receivedAt: Date? = nil, returnedAt: Date? = nil,
                returnReason: String? = nil) {
        self.id = id
        self.workerCode = workerCode
        self.workerName = workerName
        self.quarter = quarter
        self.state = state
        self.lines = lines
        self.createdAt = createdAt
        self.handedOverAt = handedOverAt
        self.receiverCode = receiverCode
        self.receiverName = receiverName
        self.receivedAt = receivedAt
        self.returnedAt = returnedAt
        self.returnReason = returnReason
    }

    /// 移交数量: the number of documents handed over, over every line.
    public var documentCount: Int { lines.reduce(0) { $0 + $1.documentsReady } }
}
