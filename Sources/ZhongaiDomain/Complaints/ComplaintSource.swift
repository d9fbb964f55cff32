/// Rule CMP-01: who an opinion or complaint comes from, as 意见收集及投诉处理制度 第一条 lists them.
public enum ComplaintSource: String, CaseIterable, Codable, Sendable {
    case serviceUser
    case government
    case board
    case employer
    case media
    case volunteer
    /// 其他利益相关方: other social-work agencies, companies, groups.
    case otherStakeholder

    /// English msgid.
    public var title: String {
        switch self {
        case .serviceUser: N_("Service user")
        case .government: N_("Government")
        case .board: N_("Board of directors")
        case .employer: N_("Employer unit")
        case .media: N_("Media")
        case .volunteer: N_("Volunteer")
        case .otherStakeholder: N_("Other stakeholder")
        }
    }

    public var chineseName: String {
        switch self {
        case .serviceUser: "服务对象"
        case .government: "政府"
        case .board: "理事会"
        case .employer: "用人单位"
        case .media: "媒体"
        case .volunteer: "志愿者"
        case .otherStakeholder: "其他利益相关方"
        }
    }

    /// The raw value or the Chinese name, as typed on the command line.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces)
        guard let found = Self.allCases.first(where: { $0.rawValue == key || $0.chineseName == key }) else { return nil }
        self = found
    }
}
