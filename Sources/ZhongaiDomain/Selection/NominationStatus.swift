/// Where a nomination stands after the candidate list's public notice (SEL-04).
public enum NominationStatus: String, Codable, Sendable {
    case standing
    /// An objection was raised: 二次审核 decides.
    case underReview
    /// The second review upheld an objection: 取消选拔资格.
    case disqualified

    public var title: String {
        switch self {
        case .standing: N_("Standing")
        case .underReview: N_("Under second review")
        case .disqualified: N_("Disqualified on review")
        }
    }
}
