/// Where a selection round stands on a given day. Rule SEL-04.
public enum SelectionRoundStage: String, Codable, Sendable {
    /// 报名: nominations are taken.
    case nominating
    /// 候选名单公示 (1 week): objections are recorded and sent to a second review.
    case candidatePublicity
    /// 笔试、面试、加分材料.
    case scoring
    /// 选拔结果公示 (2 weeks).
    case resultPublicity
    /// The results stood their publicity: promotions may be confirmed.
    case concluded

    public var title: String {
        switch self {
        case .nominating: N_("Taking nominations")
        case .candidatePublicity: N_("Candidate list on public notice")
        case .scoring: N_("Tests and interviews")
        case .resultPublicity: N_("Results on public notice")
        case .concluded: N_("Concluded")
        }
    }
}
