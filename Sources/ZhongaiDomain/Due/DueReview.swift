/// What the owner of a due item decides on the board itself, without opening the record: an approval request
/// (CASE-02, CASE-03) or a supervision record waiting for the supervisee's confirmation (SUP-05).
public struct DueReview: Equatable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case approvalRequest
        case supervisionConfirmation
    }

    public var kind: Kind
    /// The approval request's id, or the supervision session's id.
    public var id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }
}
