/// The two documents of a programme that go to the supervisor.
public enum ProgrammeDocument: String, CaseIterable, Codable, Sendable {
    /// 《小组计划书》/《活动计划书》 (GRP-02)
    case plan
    /// 《小组报告》/《活动报告》 with the 《财务报告》 (GRP-06)
    case report

    /// English msgid of the document's name.
    public var title: String {
        switch self {
        case .plan: N_("Plan")
        case .report: N_("Report")
        }
    }
}
