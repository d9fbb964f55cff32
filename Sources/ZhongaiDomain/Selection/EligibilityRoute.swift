/// How a nominee qualifies for a round (SEL-01).
public enum EligibilityRoute: String, Codable, Sendable {
    /// Every condition of the post is met.
    case regular
    /// 破格选拔 (见习督导 only): the basic conditions and any 3 of the 4 exceptional ones.
    case exceptional
    case notEligible

    public var title: String {
        switch self {
        case .regular: N_("Eligible")
        case .exceptional: N_("Eligible on the exceptional route")
        case .notEligible: N_("Not eligible")
        }
    }
}
