/// One member's line on the roll call: a mark per session, attendance and absences in a row (GRP-04).
public struct RollCallMember: Hashable, Sendable, Codable {
    public var registrationID: String
    public var name: String
    public var phone: String
    public var isWalkIn: Bool
    /// One mark per session of the roll call, in session order.
    public var marks: [RollCallMark]
    /// The longest run of held sessions missed one after another.
    public var longestAbsenceRun: Int
    /// Absences in a row up to the latest held session.
    public var currentAbsenceRun: Int
    /// Missed at least the policy's number of sessions in a row: someone to follow up.
    public var isFlagged: Bool

    public init(registrationID: String, name: String, phone: String, isWalkIn: Bool, marks: [RollCallMark],
                longestAbsenceRun: Int, currentAbsenceRun: Int, isFlagged: Bool) {
        self.registrationID = registrationID
        self.name = name
        self.phone = phone
        self.isWalkIn = isWalkIn
        self.marks = marks
        self.longestAbsenceRun = longestAbsenceRun
        self.currentAbsenceRun = currentAbsenceRun
        self.isFlagged = isFlagged
    }

    public var sessionsAttended: Int { marks.filter { $0 == .present }.count }
    public var sessionsCounted: Int { marks.filter { $0 != .notCounted }.count }

    /// Sessions attended over sessions counted, 0…1; nil before any session counts.
    public var attendanceRate: Double? {
        sessionsCounted == 0 ? nil : Double(sessionsAttended) / Double(sessionsCounted)
    }
}
