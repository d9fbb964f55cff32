/// One worker's counts of the volunteer and publicity indicators in a year, month by month (IND-01): what the
/// 志愿者与宣传 section shows at its top, from the same tally the indicator sheets read.
public struct VolunteerYearCounts: Equatable, Sendable {
    /// The indicators these records count, in the order of the 服务手册 table.
    public static let indicators: [Indicator] = [.outreach, .newsletter, .volunteersRecruited, .volunteerTraining,
                                                 .volunteerServices]

    public var workerCode: String
    public var year: Int
    /// Indicator → twelve monthly counts, January first.
    public var monthly: [Indicator: [Int]]

    public init(workerCode: String, year: Int, tally: IndicatorTally) {
        self.workerCode = workerCode
        self.year = year
        var monthly: [Indicator: [Int]] = [:]
        for indicator in Self.indicators { monthly[indicator] = tally.monthly(worker: workerCode, indicator: indicator) }
        self.monthly = monthly
    }

    public func total(_ indicator: Indicator) -> Int { monthly[indicator]?.reduce(0, +) ?? 0 }

    /// The unit the 服务手册 counts the indicator in: 人, 次, 人次 or 期.
    public static func unit(_ indicator: Indicator) -> String {
        switch indicator {
        case .volunteersRecruited: "人"
        case .volunteerServices: "人次"
        case .newsletter: "期"
        default: "次"
        }
    }
}
