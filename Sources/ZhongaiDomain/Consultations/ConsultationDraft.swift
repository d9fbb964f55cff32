/// 咨询: a consultation as it is opened, with its first contact: the input of `openConsultation`.
public struct ConsultationDraft: Equatable, Sendable {
    public var clientID: String
    /// What the client asked about, in a line.
    public var topic: String
    public var firstContact: ConsultationContactDraft
    /// The worker who holds the record; nil for the worker who records it.
    public var holderCode: String?

    public init(clientID: String, topic: String, firstContact: ConsultationContactDraft, holderCode: String? = nil) {
        self.clientID = clientID
        self.topic = topic
        self.firstContact = firstContact
        self.holderCode = holderCode
    }

    public func validated(today: CalendarDate) throws -> ConsultationDraft {
        ConsultationDraft(clientID: try ClientDraft.required(clientID, field: N_("Client")),
                          topic: try ClientDraft.required(topic, field: N_("Topic")),
                          firstContact: try firstContact.validated(today: today),
                          holderCode: ClientDraft.optional(holderCode))
    }
}
