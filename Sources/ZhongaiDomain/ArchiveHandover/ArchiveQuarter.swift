/// A calendar quarter (第一季度 = January to March): the period a handover list (移交清单) covers. Rules ARC-09, C3.
public struct ArchiveQuarter: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1…4.
    public let quarter: Int

    public init(year: Int, quarter: Int) throws {
        guard (1...4).contains(quarter), (1...9999).contains(year) else {
            throw ValidationError(field: N_("Quarter"), N_("“%@” is not a quarter (write YYYY-Qn, e.g. 2026-Q1)"),
                                  "\(year)-Q\(quarter)", rule: "ARC-09")
        }
        self.year = year
        self.quarter = quarter
    }

    /// The quarter `date` falls in.
    public init(containing date: CalendarDate) {
        year = date.year
        quarter = (date.month - 1) / 3 + 1
    }

    /// "2026-Q1", "2026Q1", "2026-1" or "2026年第1季度".
    public init(parsing text: String) throws {
        let digits = text.split { !$0.isNumber }.map(String.init)
        guard digits.count == 2, let year = Int(digits[0]), let quarter = Int(digits[1]), digits[0].count == 4 else {
            throw ValidationError(field: N_("Quarter"), N_("“%@” is not a quarter (write YYYY-Qn, e.g. 2026-Q1)"),
                                  text, rule: "ARC-09")
        }
        try self.init(year: year, quarter: quarter)
    }

    public var firstDay: CalendarDate { try! CalendarDate(year: year, month: (quarter - 1) * 3 + 1, day: 1) }
    public var lastDay: CalendarDate { next.firstDay.adding(days: -1) }
    public var next: ArchiveQuarter { quarter == 4 ? try! ArchiveQuarter(year: year + 1, quarter: 1)
        : try! ArchiveQuarter(year: year, quarter: quarter + 1) }
    public var previous: ArchiveQuarter { quarter == 1 ? try! ArchiveQuarter(year: year - 1, quarter: 4)
        : try! ArchiveQuarter(year: year, quarter: quarter - 1) }

    public func contains(_ date: CalendarDate) -> Bool { date >= firstDay && date <= lastDay }

    public var description: String { "\(year)-Q\(quarter)" }

    /// The quarter as the centre writes it: 2026年第1季度.
    public var chineseText: String { "\(year)年第\(quarter)季度" }

    public static func < (a: ArchiveQuarter, b: ArchiveQuarter) -> Bool { (a.year, a.quarter) < (b.year, b.quarter) }
}
