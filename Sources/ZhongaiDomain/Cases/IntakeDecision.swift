/// What the intake decides (接案决定). Rule INTAKE-03.
public enum IntakeDecision: String, CaseIterable, Codable, Sendable {
    /// 接案: a case may be opened.
    case accept
    /// 转介: refer to another agency.
    case refer
    /// 结束: end here.
    case end

    /// English msgid of the decision.
    public var title: String {
        switch self {
        case .accept: N_("Accept")
        case .refer: N_("Refer")
        case .end: N_("End")
        }
    }
}
