/// One line of a list of supervision sessions: no topics, advice or follow-ups (those are read in full, logged).
public struct SupervisionSessionSummary: Equatable, Codable, Sendable {
    public var id: String
    public var heldOn: CalendarDate
    public var startTime: String
    public var durationMinutes: Int
    public var type: SupervisionType
    public var format: SupervisionFormat
    public var supervisorCode: String
    public var supervisorName: String
    public var participants: [SupervisionParticipant]

    public init(id: String, heldOn: CalendarDate, startTime: String, durationMinutes: Int, type: SupervisionType,
                format: SupervisionFormat, supervisorCode: String, supervisorName: String,
                participants: [SupervisionParticipant]) {
        self.id = id
        self.heldOn = heldOn
        self.startTime = startTime
        self.durationMinutes = durationMinutes
        self.type = type
        self.format = format
        self.supervisorCode = supervisorCode
        self.supervisorName = supervisorName
        self.participants = participants
    }

    /// How many participants confirmed, of how many.
    public var confirmedCount: Int { participants.filter { $0.response == .confirmed }.count }
}
