import Foundation

/// A request for a supervisor's approval and, once given, the decision: the case's approval history, append-only.
/// Rules CASE-02, CASE-03.
public struct ApprovalRequest: Equatable, Codable, Sendable {
    public var id: String
    public var caseID: String
    public var kind: ApprovalRequestKind
    public var requestedBy: String
    public var requestedAt: Date
    /// The day in China it was asked: CASE-05 compares it with the plan's service start.
    public var requestedOn: CalendarDate
    public var note: String
    public var decision: ApprovalDecision?

    public init(id: String, caseID: String, kind: ApprovalRequestKind, requestedBy: String, requestedAt: Date,
                requestedOn: CalendarDate, note: String, decision: ApprovalDecision?) {
        self.id = id
        self.caseID = caseID
        self.kind = kind
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.requestedOn = requestedOn
        self.note = note
        self.decision = decision
    }

    public var isPending: Bool { decision == nil }
}
