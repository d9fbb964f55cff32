/// A row of the 咨询 list across clients: the consultation's summary and the client's name, masked (王*明), as lists
/// show sensitive fields.
public struct ConsultationListEntry: Equatable, Sendable {
    public var summary: ConsultationSummary
    public var clientName: String

    public init(summary: ConsultationSummary, clientName: String) {
        self.summary = summary
        self.clientName = clientName
    }
}
