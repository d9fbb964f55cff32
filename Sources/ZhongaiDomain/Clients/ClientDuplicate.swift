/// A client on file that may be the person being entered, and why.
public struct ClientDuplicate: Hashable, Sendable {
    public var client: ClientSummary
    public var reason: ClientDuplicateReason

    public init(client: ClientSummary, reason: ClientDuplicateReason) {
        self.client = client
        self.reason = reason
    }
}
