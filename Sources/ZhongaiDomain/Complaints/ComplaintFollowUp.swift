/// A dated follow-up note on an opinion or complaint, numbered from 1; append-only.
public struct ComplaintFollowUp: Equatable, Codable, Sendable {
    public var number: Int
    public var notedOn: CalendarDate
    public var note: String
    public var notedBy: String

    public init(number: Int, notedOn: CalendarDate, note: String, notedBy: String) {
        self.number = number
        self.notedOn = notedOn
        self.note = note
        self.notedBy = notedBy
    }
}
