/// A supervisor's answer to a request. Rule CASE-02.
public enum ApprovalOutcome: String, CaseIterable, Codable, Sendable {
    case approved
    case rejected
    /// 退回修改: the worker revises and asks again.
    case revisionRequested

    /// English msgid.
    public var title: String {
        switch self {
        case .approved: N_("Approved")
        case .rejected: N_("Rejected")
        case .revisionRequested: N_("Revision requested")
        }
    }
}
