/// A row of the 探访 list across clients: the visit's summary, the client's name and the place, both masked as
/// lists show sensitive fields (王*明; 茶山镇****).
public struct VisitListEntry: Equatable, Sendable {
    public var summary: VisitSummary
    public var clientName: String
    public var place: String

    public init(summary: VisitSummary, clientName: String, place: String) {
        self.summary = summary
        self.clientName = clientName
        self.place = place
    }
}
