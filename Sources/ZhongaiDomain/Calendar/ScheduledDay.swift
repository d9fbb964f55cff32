/// One day of a published holiday calendar: a day off or a make-up working day, with the holiday it belongs to.
public struct ScheduledDay: Hashable, Codable, Sendable {
    /// The day.
    public let date: CalendarDate
    /// Off or working.
    public let kind: ScheduledDayKind
    /// The holiday, as published (春节, 国庆节调休); may be empty.
    public let name: String

    /// A day as published; `name` may be empty.
    public init(date: CalendarDate, kind: ScheduledDayKind, name: String) {
        self.date = date
        self.kind = kind
        self.name = name
    }
}
