import Foundation

/// The service statistics of a report (服务数据统计表, CHK-01; 服务检查制度 第七条: cases, groups and activities, and
/// the indicator totals), drawn from the records of the worker: when the draft is made, again on request while
/// it is a draft, and a last time at submission, after which it is frozen with the report.
public struct WorkReportStatistics: Equatable, Codable, Sendable {
    /// Cases of the worker opened, closed and referred in the period, and still open at its end (CASE-15).
    public var casesOpened: Int
    public var casesClosed: Int
    public var casesReferred: Int
    public var casesOpenAtEnd: Int
    /// Service records of the worker's cases in the period.
    public var serviceRecords: Int
    public var programmes: [WorkReportProgrammeLine]
    public var indicators: [WorkReportIndicatorLine]
    /// When the figures were drawn.
    public var drawnAt: Date

    public init(casesOpened: Int = 0, casesClosed: Int = 0, casesReferred: Int = 0, casesOpenAtEnd: Int = 0,
                serviceRecords: Int = 0, programmes: [WorkReportProgrammeLine] = [],
                indicators: [WorkReportIndicatorLine] = [], drawnAt: Date) {
        self.casesOpened = casesOpened
        self.casesClosed = casesClosed
        self.casesReferred = casesReferred
        self.casesOpenAtEnd = casesOpenAtEnd
        self.serviceRecords = serviceRecords
        self.programmes = programmes
        self.indicators = indicators
        self.drawnAt = drawnAt
    }

    /// Groups held (therapeutic and preventive) and activities held, in the period.
    public var groupsHeld: Int { programmes.filter(\.kind.isGroup).count }
    public var activitiesHeld: Int { programmes.filter { !$0.kind.isGroup }.count }
    /// Distinct participants of all the period's groups and activities added up.
    public var participants: Int { programmes.map(\.participants).reduce(0, +) }
}
