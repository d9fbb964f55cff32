/// Rule CHK-02: the period a check is owed in: `months` long, counted from January (a quarter for 3 months), so a
/// check is due by the last day of its period and is done once for it.
public struct CheckPeriod: Equatable, Sendable {
    public var start: CalendarDate
    public var end: CalendarDate

    /// The period of `months` (1–12) holding `day`.
    public init(containing day: CalendarDate, months: Int) {
        let length = min(max(months, 1), 12)
        let firstMonth = (day.month - 1) / length * length + 1
        // Month 1...12 and day 1 always exist.
        start = try! CalendarDate(year: day.year, month: firstMonth, day: 1)
        end = start.adding(months: length).adding(days: -1)
    }

    public func contains(_ day: CalendarDate) -> Bool { start <= day && day <= end }

    /// The day the check of this period is due, or nil when `lastCheckedOn` falls in it (done).
    public func dueOn(lastCheckedOn: CalendarDate?) -> CalendarDate? {
        if let lastCheckedOn, contains(lastCheckedOn) { return nil }
        return end
    }
}
