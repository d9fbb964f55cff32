/// A case as lists show it: the client's name masked, the next deadline due.
public struct CaseSummary: Equatable, Codable, Sendable {
    public var id: String
    public var code: String
    /// Masked (王*明).
    public var clientName: String
    public var categoryCode: String
    public var holderCode: String
    public var servicePointID: Int64?
    public var stage: CaseStage
    public var state: CaseState
    public var openedOn: CalendarDate
    public var closedOn: CalendarDate?
    /// The first deadline not met, if any.
    public var nextDeadline: CaseDeadline?

    public init(id: String, code: String, clientName: String, categoryCode: String, holderCode: String,
                servicePointID: Int64?, stage: CaseStage, state: CaseState, openedOn: CalendarDate,
                closedOn: CalendarDate?, nextDeadline: CaseDeadline?) {
        self.id = id
        self.code = code
        self.clientName = clientName
        self.categoryCode = categoryCode
        self.holderCode = holderCode
        self.servicePointID = servicePointID
        self.stage = stage
        self.state = state
        self.openedOn = openedOn
        self.closedOn = closedOn
        self.nextDeadline = nextDeadline
    }

    public var isOverdue: Bool { nextDeadline?.status == .overdue }
}
