/// What a programme deadline asks for.
public enum ProgrammeDeadlineKind: String, CaseIterable, Codable, Sendable {
    /// C1, GRP-02: the plan approved in time for the first session.
    case planApproval
    /// C2, GRP-06: the report and finance report handed to the supervisor after the last session.
    case report
    /// C3, GRP-07: the approved documents archived with 服务部 after the quarter.
    case archive

    /// English msgid of what is due.
    public var title: String {
        switch self {
        case .planApproval: N_("Plan approved")
        case .report: N_("Report and finance report")
        case .archive: N_("Documents archived")
        }
    }

    /// The rule IDs behind it.
    public var rules: [String] {
        switch self {
        case .planApproval: ["C1", "GRP-02"]
        case .report: ["C2", "GRP-06"]
        case .archive: ["C3", "GRP-07"]
        }
    }
}
