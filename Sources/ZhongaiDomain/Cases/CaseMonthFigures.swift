/// The cases of one month as the monthly report counts them (CASE-15: new and closed cases appear in it): opened
/// in the month, closed in it, referred in it, and open at its end.
public struct CaseMonthFigures: Equatable, Codable, Sendable {
    public var year: Int
    public var month: Int
    public var opened: Int
    public var closed: Int
    public var referred: Int
    public var openAtMonthEnd: Int

    public init(year: Int, month: Int, opened: Int, closed: Int, referred: Int, openAtMonthEnd: Int) {
        self.year = year
        self.month = month
        self.opened = opened
        self.closed = closed
        self.referred = referred
        self.openAtMonthEnd = openAtMonthEnd
    }
}
