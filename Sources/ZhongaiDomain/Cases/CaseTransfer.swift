import Foundation

/// A case handed to another worker: it takes effect when the receiver accepts it.
public struct CaseTransfer: Equatable, Codable, Sendable {
    public var id: String
    public var caseID: String
    public var fromCode: String
    public var toCode: String
    public var requestedBy: String
    public var requestedAt: Date
    public var acceptedAt: Date?

    public init(id: String, caseID: String, fromCode: String, toCode: String, requestedBy: String, requestedAt: Date,
                acceptedAt: Date?) {
        self.id = id
        self.caseID = caseID
        self.fromCode = fromCode
        self.toCode = toCode
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.acceptedAt = acceptedAt
    }

    public var isPending: Bool { acceptedAt == nil }
}
