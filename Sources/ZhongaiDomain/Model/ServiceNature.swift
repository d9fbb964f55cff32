/// 性质: the nature of a piece of work, the letter in an archive code. Rule ARC-04.
public enum ServiceNature: String, CaseIterable, Codable, Sendable {
    case caseWork = "C"      // 个案
    case group = "G"         // 小组
    case activity = "P"      // 活动
    case filing = "F"        // 建档
    case visit = "V"         // 探访
    case consultation = "I"  // 咨询

    public var chineseName: String {
        switch self {
        case .caseWork: "个案"
        case .group: "小组"
        case .activity: "活动"
        case .filing: "建档"
        case .visit: "探访"
        case .consultation: "咨询"
        }
    }
}
