/// The session a sign-in station serves, as its header shows it: 《标题》 第N节 日期 时间 地点, and the worker in charge.
public struct SignInSessionInfo: Hashable, Sendable, Codable {
    public var programmeID: String
    /// The programme's archive code (G/P; ARC-01).
    public var programmeCode: String
    public var programmeTitle: String
    public var sessionID: String
    public var sessionNumber: Int
    public var heldOn: CalendarDate
    /// "HH:MM".
    public var startTime: String
    public var venue: String
    public var workerCode: String
    public var workerName: String

    public init(programmeID: String, programmeCode: String, programmeTitle: String, sessionID: String,
                sessionNumber: Int, heldOn: CalendarDate, startTime: String, venue: String, workerCode: String,
                workerName: String) {
        self.programmeID = programmeID
        self.programmeCode = programmeCode
        self.programmeTitle = programmeTitle
        self.sessionID = sessionID
        self.sessionNumber = sessionNumber
        self.heldOn = heldOn
        self.startTime = startTime
        self.venue = venue
        self.workerCode = workerCode
        self.workerName = workerName
    }
}
