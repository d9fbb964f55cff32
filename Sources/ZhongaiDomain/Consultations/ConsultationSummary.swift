/// A consultation as lists show it: dates and counts, not what was said (narrative is sensitive).
public struct ConsultationSummary: Equatable, Sendable {
    public var id: String
    public var code: String
    public var clientID: String
    public var openedOn: CalendarDate
    public var lastContactOn: CalendarDate
    public var contactCount: Int
    /// Rule CONS-01
    public var isCaseCandidate: Bool
    /// Rule INTAKE-04: some contact was written down after its day.
    public var hasLateRecords: Bool
    public var holderCode: String

    public init(id: String, code: String, clientID: String, openedOn: CalendarDate, lastContactOn: CalendarDate,
                contactCount: Int, isCaseCandidate: Bool, hasLateRecords: Bool, holderCode: String) {
        self.id = id
        self.code = code
        self.clientID = clientID
        self.openedOn = openedOn
        self.lastContactOn = lastContactOn
        self.contactCount = contactCount
        self.isCaseCandidate = isCaseCandidate
        self.hasLateRecords = hasLateRecords
        self.holderCode = holderCode
    }
}
