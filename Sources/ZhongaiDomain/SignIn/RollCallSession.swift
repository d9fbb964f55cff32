/// One session as a column of the roll call (《小组点名表》).
public struct RollCallSession: Hashable, Sendable, Codable {
    public var id: String
    public var number: Int
    public var heldOn: CalendarDate
    /// Whether the session has been held (its day is today or past): only held sessions count.
    public var isHeld: Bool
    public var attendance: Int

    public init(id: String, number: Int, heldOn: CalendarDate, isHeld: Bool, attendance: Int) {
        self.id = id
        self.number = number
        self.heldOn = heldOn
        self.isHeld = isHeld
        self.attendance = attendance
    }
}
