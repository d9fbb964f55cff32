/// The kinds of group and activity the rule book counts (服务手册 五; IND-01, IND-05).
public enum ProgrammeKind: String, CaseIterable, Codable, Sendable {
    /// 治疗性小组
    case therapeuticGroup
    /// 预防/发展性小组
    case preventiveGroup
    /// 大型社区活动 (IND-05: classified by its participants, see `ProgrammeClassification`)
    case largeActivity
    /// 中小型社区活动
    case smallActivity
    /// 讲座
    case lecture
    /// 工作坊
    case workshop
    /// 外展宣传
    case outreach

    /// A group (小组) follows the group flow of GRP-01 and always has fixed members; the others are activities.
    public var isGroup: Bool { self == .therapeuticGroup || self == .preventiveGroup }

    /// Rule ARC-04: G for a group, P for an activity.
    public var nature: ServiceNature { isGroup ? .group : .activity }

    /// English msgid of the kind's name.
    public var title: String {
        switch self {
        case .therapeuticGroup: N_("Therapeutic group")
        case .preventiveGroup: N_("Preventive or developmental group")
        case .largeActivity: N_("Large community activity")
        case .smallActivity: N_("Small or medium community activity")
        case .lecture: N_("Lecture")
        case .workshop: N_("Workshop")
        case .outreach: N_("Outreach and publicity")
        }
    }
}
