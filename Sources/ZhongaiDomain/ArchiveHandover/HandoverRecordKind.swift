/// What a line of a handover list is (档案接收制度 第一章 2: 咨询和探访资料、个案资料、小组资料、活动资料).
public enum HandoverRecordKind: String, CaseIterable, Codable, Sendable {
    /// A case file, ended (closed or referred) on the supervisor's approval (CASE-03); its nine documents (CASE-14).
    case caseFile
    /// A group or activity archived after the supervisor approved its report (GRP-07); its checklist (GRP-08).
    case programme
    /// A visit (外展探访服务记录表, CONS-02): complete once recorded.
    case visit

    /// English msgid.
    public var title: String {
        switch self {
        case .caseFile: N_("Case")
        case .programme: N_("Group or activity")
        case .visit: N_("Visit")
        }
    }

    /// The protected record kind the line refers to.
    public var recordKind: ProtectedRecordKind {
        switch self {
        case .caseFile: .caseFile
        case .programme: .programme
        case .visit: .visit
        }
    }
}
