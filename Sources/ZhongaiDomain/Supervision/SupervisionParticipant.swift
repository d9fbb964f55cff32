/// A supervisee at a session and their answer to its record (SUP-05).
public struct SupervisionParticipant: Equatable, Codable, Sendable {
    public var workerCode: String
    public var workerName: String
    public var response: SupervisionResponse
    /// Why the record is disputed, or a remark with the confirmation.
    public var comment: String
    public var respondedOn: CalendarDate?

    public init(workerCode: String, workerName: String, response: SupervisionResponse = .pending,
                comment: String = "", respondedOn: CalendarDate? = nil) {
        self.workerCode = workerCode
        self.workerName = workerName
        self.response = response
        self.comment = comment
        self.respondedOn = respondedOn
    }
}
