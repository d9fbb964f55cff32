import Foundation

/// The period a report covers: a month ("2026-03"), the first half of a year ("2026-H1", January to June) or a
/// whole year ("2026"). Its text is the key stored with the report and typed on the command line.
public struct WorkReportPeriod: Hashable, Codable, Sendable, CustomStringConvertible {
    public let kind: WorkReportKind
    public let year: Int
    /// 1–12 for a monthly report, nil otherwise.
    public let month: Int?

    public init(kind: WorkReportKind, year: Int, month: Int? = nil) throws {
        guard (2000...2200).contains(year) else {
            throw ValidationError(field: N_("Period"), N_("%@ is not a year of the workbench"), String(year))
        }
        if kind == .monthly {
            guard let month, (1...12).contains(month) else {
                throw ValidationError(field: N_("Period"), N_("a monthly report needs a month from 1 to 12"))
            }
        }
        self.kind = kind
        self.year = year
        self.month = kind == .monthly ? month : nil
    }

    public static func monthly(year: Int, month: Int) throws -> WorkReportPeriod {
        try WorkReportPeriod(kind: .monthly, year: year, month: month)
    }

    /// The month of `date`.
    public static func month(of date: CalendarDate) -> WorkReportPeriod {
        // A calendar date always has a valid year and month.
        try! WorkReportPeriod(kind: .monthly, year: date.year, month: date.month)
    }

    /// "YYYY-MM", "YYYY-H1" or "YYYY".
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = Int(parts[0]), parts[0].count == 4 else {
            throw ValidationError(field: N_("Period"), N_("“%@” is not a period: write YYYY-MM, YYYY-H1 or YYYY"), text)
        }
        switch parts.count {
        case 1:
            try self.init(kind: .annual, year: year)
        case 2 where parts[1] == "H1":
            try self.init(kind: .halfYear, year: year)
        case 2 where parts[1].count == 2 && Int(parts[1]) != nil:
            try self.init(kind: .monthly, year: year, month: Int(parts[1]))
        default:
            throw ValidationError(field: N_("Period"), N_("“%@” is not a period: write YYYY-MM, YYYY-H1 or YYYY"), text)
        }
    }

    public var description: String {
        switch kind {
        case .monthly: String(format: "%04d-%02d", year, month ?? 1)
        case .halfYear: "\(year)-H1"
        case .annual: "\(year)"
        }
    }

    /// How the period reads on a document: 2026年03月, 2026年上半年, 2026年度.
    public var chineseText: String {
        switch kind {
        case .monthly: String(format: "%04d年%02d月", year, month ?? 1)
        case .halfYear: "\(year)年上半年"
        case .annual: "\(year)年度"
        }
    }

    public var firstDay: CalendarDate {
        // Months 1–12 of a checked year.
        try! CalendarDate(year: year, month: month ?? 1, day: 1)
    }

    /// The last day the period covers (included): the month's end, 30 June, 31 December. Also the day CHK-01 and
    /// CHK-03 set for handing it in (月底, 第二季度末, 第四季度末).
    public var lastDay: CalendarDate {
        let lastMonth = switch kind {
        case .monthly: month ?? 1
        case .halfYear: 6
        case .annual: 12
        }
        return try! CalendarDate(year: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year))
    }

    /// The month whose end closes the period, for the year-to-date of the indicators.
    public var lastMonth: Int { lastDay.month }

    /// The period before this one of the same kind.
    public var previous: WorkReportPeriod {
        switch kind {
        case .monthly: WorkReportPeriod.month(of: firstDay.adding(days: -1))
        case .halfYear, .annual: try! WorkReportPeriod(kind: kind, year: year - 1)
        }
    }

    /// The file name's month (ARC-10): the month the period ends in.
    public var fileMonth: CalendarDate { lastDay }
}
