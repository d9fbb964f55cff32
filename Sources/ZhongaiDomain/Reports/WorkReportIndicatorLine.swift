/// One annual indicator in a report (指标完成量总表): counted in the period, the year to the period's end, and the
/// post's target for the year (nil: none set).
public struct WorkReportIndicatorLine: Equatable, Codable, Sendable {
    public var indicator: Indicator
    public var inPeriod: Int
    public var yearToDate: Int
    public var target: Int?

    public init(indicator: Indicator, inPeriod: Int, yearToDate: Int, target: Int?) {
        self.indicator = indicator
        self.inPeriod = inPeriod
        self.yearToDate = yearToDate
        self.target = target
    }

    /// The lines of `sheet` for `period`: the months of the period added up, January to its last month for the
    /// year to date. An indicator with nothing counted and no target is left out.
    public static func lines(from sheet: IndicatorSheet, period: WorkReportPeriod) -> [WorkReportIndicatorLine] {
        let first = period.month ?? 1
        let last = period.lastMonth
        return sheet.lines.compactMap { line in
            let months = line.monthly + Array(repeating: 0, count: max(0, 12 - line.monthly.count))
            let inPeriod = months[(first - 1)..<last].reduce(0, +)
            let yearToDate = months[0..<last].reduce(0, +)
            guard inPeriod != 0 || yearToDate != 0 || line.target != nil else { return nil }
            return WorkReportIndicatorLine(indicator: line.indicator, inPeriod: inPeriod, yearToDate: yearToDate,
                                           target: line.target)
        }
    }
}
