/// One session (节) of a group or one sitting of an activity: when and where it is held.
public struct ProgrammeSession: Equatable, Codable, Sendable {
    public var id: String
    public var programmeID: String
    /// 1, 2, … in the order the sessions are held.
    public var number: Int
    public var heldOn: CalendarDate
    /// "HH:MM", China time.
    public var startTime: String
    public var durationMinutes: Int
    public var venue: String

    public init(id: String, programmeID: String, number: Int, heldOn: CalendarDate, startTime: String,
                durationMinutes: Int, venue: String) {
        self.id = id
        self.programmeID = programmeID
        self.number = number
        self.heldOn = heldOn
        self.startTime = startTime
        self.durationMinutes = durationMinutes
        self.venue = venue
    }
}
