/// A calendar month (YYYY-MM): the period of the monthly minimums (SUP-02..04) and of the monthly reports.
public struct SupervisionMonth: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) throws {
        guard (1...12).contains(month), (1900...9999).contains(year) else {
            throw ValidationError(field: N_("Month"), N_("“%@” is not a month"), "\(year)-\(month)")
        }
        self.year = year
        self.month = month
    }

    /// The month of `date`.
    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
    }

    /// Parses "2026-03".
    public init(parsing text: String) throws {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
              let month = Int(parts[1]) else {
            throw ValidationError(field: N_("Month"), N_("“%@” is not a month written YYYY-MM"), text)
        }
        try self.init(year: year, month: month)
    }

    public var firstDay: CalendarDate {
        // A valid month always has a first day.
        try! CalendarDate(year: year, month: month, day: 1)
    }

    public var lastDay: CalendarDate {
        try! CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    public func contains(_ date: CalendarDate) -> Bool { date.year == year && date.month == month }

    public static func < (a: SupervisionMonth, b: SupervisionMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public var description: String { String(format: "%04d-%02d", year, month) }
}
