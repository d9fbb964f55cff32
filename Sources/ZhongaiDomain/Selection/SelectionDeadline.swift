/// A date of a selection round for the due board: the end of a public notice (SEL-04), the test, the interview.
public struct SelectionDeadline: Equatable, Codable, Sendable {
    public let roundID: String
    public let roundTitle: String
    /// English msgid of what falls due.
    public let title: String
    public let date: CalendarDate

    public init(roundID: String, roundTitle: String, title: String, date: CalendarDate) {
        self.roundID = roundID
        self.roundTitle = roundTitle
        self.title = title
        self.date = date
    }
}
