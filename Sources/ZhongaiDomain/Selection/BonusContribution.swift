/// The candidate's part in a bonus item: full points, or a share of them (附表2 三(4), 四(1), 四(2), 四(4)).
public enum BonusContribution: String, CaseIterable, Codable, Sendable {
    /// 独立/第一作者, 项目负责人, 课题主持人, 个人获奖: the full points.
    case principal
    /// 第二作者: 30 % of the first author's points (papers and books).
    case secondAuthor
    /// 课题组成员 (in the leading places): 30 % of the leader's points.
    case groupMember
    /// 服务项目实际参与者: 50 %.
    case participant
    /// 团体奖的主要成员: 50 % of the individual prize.
    case teamMember

    public var title: String {
        switch self {
        case .principal: N_("Principal")
        case .secondAuthor: N_("Second author")
        case .groupMember: N_("Research group member")
        case .participant: N_("Project participant")
        case .teamMember: N_("Team member")
        }
    }
}
