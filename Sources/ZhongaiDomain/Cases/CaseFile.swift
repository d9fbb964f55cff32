/// 个案: a case file, a protected record held by its worker. Rules CASE-01, CASE-03, ARC-01 (its code).
public struct CaseFile: Equatable, Codable, Sendable {
    public var id: String
    /// The archive code issued at opening (nature C), e.g. `CS-REH-C01-202603-WM`.
    public var code: String
    public var clientID: String
    public var intakeID: String?
    public var holderCode: String
    public var servicePointID: Int64?
    public var openedOn: CalendarDate
    public var stage: CaseStage
    public var state: CaseState
    public var ending: CaseEnding?
    /// The day the problem was judged solved: starts CASE-10.
    public var problemSolvedOn: CalendarDate?
    /// The day the 个案阶段性发展表 was done (CASE-09).
    public var stageReviewOn: CalendarDate?
    /// The day the case ended (closed or referred): CASE-15's monthly report counts it.
    public var closedOn: CalendarDate?

    public init(id: String, code: String, clientID: String, intakeID: String?, holderCode: String,
                servicePointID: Int64?, openedOn: CalendarDate, stage: CaseStage, state: CaseState,
                ending: CaseEnding?, problemSolvedOn: CalendarDate?, stageReviewOn: CalendarDate?,
                closedOn: CalendarDate?) {
        self.id = id
        self.code = code
        self.clientID = clientID
        self.intakeID = intakeID
        self.holderCode = holderCode
        self.servicePointID = servicePointID
        self.openedOn = openedOn
        self.stage = stage
        self.state = state
        self.ending = ending
        self.problemSolvedOn = problemSolvedOn
        self.stageReviewOn = stageReviewOn
        self.closedOn = closedOn
    }

    public var ref: ProtectedRecordRef { ProtectedRecordRef(kind: .caseFile, id: id) }
    public var ownership: RecordOwnership { RecordOwnership(holderCode: holderCode, servicePointID: servicePointID) }
    public var isOpen: Bool { state == .open }
}
