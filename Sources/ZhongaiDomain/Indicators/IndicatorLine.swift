/// One indicator of a sheet: the target of the post (or team), what the records count, and the count after the
/// agreed conversions (IND-04), with the month-by-month counts for the chart.
public struct IndicatorLine: Equatable, Codable, Sendable {
    public var indicator: Indicator
    /// Nil where the table leaves the number to the post's reality: no target, which is not a target of 0.
    public var target: Int?
    /// Counted from the records.
    public var raw: Int
    /// After the agreed conversions: `raw` minus what was converted away plus what was converted in.
    public var converted: Int
    /// Twelve raw monthly counts, January first.
    public var monthly: [Int]

    public init(indicator: Indicator, target: Int?, raw: Int, converted: Int, monthly: [Int]) {
        self.indicator = indicator
        self.target = target
        self.raw = raw
        self.converted = converted
        self.monthly = monthly
    }

    /// Rule IND-01: how many the converted count lacks of the target; 0 without a target.
    public var deficit: Int { target.map { max(0, $0 - converted) } ?? 0 }

    /// Rule IND-04: how many the converted count has beyond the target, which a conversion may give up; without a
    /// target, the whole count.
    public var surplus: Int { max(0, converted - (target ?? 0)) }

    /// Whether the converted count meets the target; true without a target (nothing to meet).
    public var meetsTarget: Bool { deficit == 0 }
}
