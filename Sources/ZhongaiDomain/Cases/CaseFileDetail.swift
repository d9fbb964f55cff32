/// Everything the case window shows of one case, in full: reading it is logged as a view (CONF-02).
public struct CaseFileDetail: Equatable, Sendable {
    public var caseFile: CaseFile
    public var client: Client
    public var intake: Intake?
    public var assessment: AssessmentContent?
    public var plan: PlanContent?
    public var evaluation: EvaluationContent?
    public var closing: ClosingContent?
    /// Oldest first.
    public var serviceRecords: [ServiceRecord]
    /// Oldest first: the approval history (CASE-02), the pending request last.
    public var approvals: [ApprovalRequest]
    public var transfers: [CaseTransfer]
    public var deadlines: [CaseDeadline]
    public var archive: [ArchiveChecklistItem]

    public init(caseFile: CaseFile, client: Client, intake: Intake?, assessment: AssessmentContent?,
                plan: PlanContent?, evaluation: EvaluationContent?, closing: ClosingContent?,
                serviceRecords: [ServiceRecord], approvals: [ApprovalRequest], transfers: [CaseTransfer],
                deadlines: [CaseDeadline], archive: [ArchiveChecklistItem]) {
        self.caseFile = caseFile
        self.client = client
        self.intake = intake
        self.assessment = assessment
        self.plan = plan
        self.evaluation = evaluation
        self.closing = closing
        self.serviceRecords = serviceRecords
        self.approvals = approvals
        self.transfers = transfers
        self.deadlines = deadlines
        self.archive = archive
    }

    /// The request waiting for the supervisor, if any (one at a time).
    public var pendingRequest: ApprovalRequest? { approvals.last { $0.isPending } }
    public var pendingTransfer: CaseTransfer? { transfers.last { $0.isPending } }
}
