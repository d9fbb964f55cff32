/// A worker's monthly report, half-year summary or annual summary (CHK-01, CHK-03): the statistics drawn from the
/// records, the worker's own text and log, and where its review stands. One per worker and period.
public struct WorkReport: Equatable, Codable, Sendable {
    public var id: String
    public var workerCode: String
    public var workerName: String
    public var servicePointID: Int64?
    public var period: WorkReportPeriod
    public var state: WorkReportState
    public var statistics: WorkReportStatistics
    public var text: WorkReportText
    /// The supervisor it went to (at submission), who approves or returns it.
    public var reviewerCode: String?
    public var submittedOn: CalendarDate?
    public var approvedOn: CalendarDate?
    public var approvedBy: String?
    public var reviews: [WorkReportReview]

    public init(id: String, workerCode: String, workerName: String, servicePointID: Int64?, period: WorkReportPeriod,
                state: WorkReportState, statistics: WorkReportStatistics, text: WorkReportText,
                reviewerCode: String? = nil, submittedOn: CalendarDate? = nil, approvedOn: CalendarDate? = nil,
                approvedBy: String? = nil, reviews: [WorkReportReview] = []) {
        self.id = id
        self.workerCode = workerCode
        self.workerName = workerName
        self.servicePointID = servicePointID
        self.period = period
        self.state = state
        self.statistics = statistics
        self.text = text
        self.reviewerCode = reviewerCode
        self.submittedOn = submittedOn
        self.approvedOn = approvedOn
        self.approvedBy = approvedBy
        self.reviews = reviews
    }

    public var kind: WorkReportKind { period.kind }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .workReport, id: id) }

    /// The reason of the last return, while the report is a draft again.
    public var returnReason: String? {
        guard state == .draft, let last = reviews.last, last.event == .returned else { return nil }
        return last.comment
    }

    /// The stable key of a report whether or not it exists yet ("WM:2026-03"): the due board's subject for a
    /// report still to be drafted.
    public static func key(workerCode: String, period: WorkReportPeriod) -> String {
        "\(workerCode):\(period)"
    }

    /// The worker and period of a `key`, or nil when `text` is not one (a report's id).
    public static func parseKey(_ text: String) -> (workerCode: String, period: WorkReportPeriod)? {
        guard let colon = text.firstIndex(of: ":"),
              let period = try? WorkReportPeriod(parsing: String(text[text.index(after: colon)...])) else { return nil }
        return (String(text[..<colon]), period)
    }
}
