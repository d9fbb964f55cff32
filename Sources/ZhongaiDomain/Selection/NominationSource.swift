/// 报名形式: who put the candidate forward. 督导人才选拔 第四章 一.
public enum NominationSource: String, CaseIterable, Codable, Sendable {
    /// 自我推荐
    case selfNomination
    /// 督导推荐
    case supervisor
    /// 机构推荐
    case agency
    /// 社工推荐: colleagues (SEL-01: a share of the centre's social workers, `selection.peer_nomination_percent`).
    case colleagues

    public var title: String {
        switch self {
        case .selfNomination: N_("Self-nomination")
        case .supervisor: N_("Recommended by a supervisor")
        case .agency: N_("Recommended by the centre")
        case .colleagues: N_("Recommended by colleagues")
        }
    }
}
