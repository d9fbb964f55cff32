/// What the due board needs of a report that exists: whose, which period, where it stands, who reviews it.
public struct WorkReportDueFacts: Equatable, Sendable {
    public var id: String
    public var workerCode: String
    public var workerName: String
    public var period: WorkReportPeriod
    public var state: WorkReportState
    public var reviewerCode: String?

    public init(id: String, workerCode: String, workerName: String, period: WorkReportPeriod, state: WorkReportState,
                reviewerCode: String?) {
        self.id = id
        self.workerCode = workerCode
        self.workerName = workerName
        self.period = period
        self.state = state
        self.reviewerCode = reviewerCode
    }
}
