/// A conversion between indicators by the rates of IND-04 (服务手册 五.3(2) A–F): `fromUnits` of `from` are counted
/// as `toUnits` of `to`. Agreed conversions are recorded; proposed ones are what would make the targets.
public struct IndicatorConversion: Equatable, Codable, Sendable {
    public var from: Indicator
    public var fromUnits: Int
    public var to: Indicator
    public var toUnits: Int
    /// The clause of the rate, "A" to "F".
    public var clause: String

    public init(from: Indicator, fromUnits: Int, to: Indicator, toUnits: Int, clause: String) {
        self.from = from
        self.fromUnits = fromUnits
        self.to = to
        self.toUnits = toUnits
        self.clause = clause
    }
}
