/// One line of a supervisor's 待审批 list: the request, the case it is about, the client's name masked.
public struct PendingApproval: Equatable, Codable, Sendable {
    public var request: ApprovalRequest
    public var caseCode: String
    public var caseStage: CaseStage
    /// Masked (王*明): the list is no read of the client's record.
    public var clientName: String
    public var requesterCode: String
    public var requesterName: String
    /// Whole days the request has been waiting.
    public var waitingDays: Int

    public init(request: ApprovalRequest, caseCode: String, caseStage: CaseStage, clientName: String,
                requesterCode: String, requesterName: String, waitingDays: Int) {
        self.request = request
        self.caseCode = caseCode
        self.caseStage = caseStage
        self.clientName = clientName
        self.requesterCode = requesterCode
        self.requesterName = requesterName
        self.waitingDays = waitingDays
    }
}
