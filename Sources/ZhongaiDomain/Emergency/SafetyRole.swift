/// Who does a step of an emergency plan (EMG-01, EMG-02): one of the four posts of the safety group
/// (安全领导小组), or someone the source names by the situation (the first person who notices, the worker on duty,
/// any staff present).
public enum SafetyRole: String, CaseIterable, Codable, Sendable {
    case leader         // 组长 = 理事长
    case deputyLeader   // 副组长 = 副理事长
    case member         // 组员 = 机构全体行政人员
    case logistics      // 后勤人员 = 各服务点小组长
    case firstWitness   // 首发者, 发现员工
    case onDuty         // 值班人员
    case staffPresent   // 在场的中心员工, 中心工作人员

    /// The four posts of the safety group; the other roles are whoever is there.
    public static let groupPosts: [SafetyRole] = [.leader, .deputyLeader, .member, .logistics]

    public var isGroupPost: Bool { SafetyRole.groupPosts.contains(self) }

    /// English msgid of the role's name; the interface shows its translation.
    public var title: String {
        switch self {
        case .leader: N_("Group leader")
        case .deputyLeader: N_("Deputy group leader")
        case .member: N_("Group member")
        case .logistics: N_("Logistics")
        case .firstWitness: N_("First person who notices")
        case .onDuty: N_("Staff on duty")
        case .staffPresent: N_("Any staff present")
        }
    }

    /// The source's word, accepted in the plan file and on the command line beside the raw value.
    public var chineseName: String {
        switch self {
        case .leader: "组长"
        case .deputyLeader: "副组长"
        case .member: "组员"
        case .logistics: "后勤人员"
        case .firstWitness: "首发者"
        case .onDuty: "值班人员"
        case .staffPresent: "在场员工"
        }
    }

    /// Parses a raw value or the Chinese name.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let role = SafetyRole(rawValue: t) { self = role; return }
        guard let role = SafetyRole.allCases.first(where: { $0.chineseName == t }) else { return nil }
        self = role
    }
}
