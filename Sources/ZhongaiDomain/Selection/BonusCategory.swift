/// The four categories of 附表2 (东莞市社会工作督导助理选拔加分材料), each with its cap from the policy table. Rule SEL-03.
public enum BonusCategory: String, CaseIterable, Codable, Sendable {
    /// 一、思想政治
    case political
    /// 二、学历、学位
    case education
    /// 三、社会工作服务
    case socialWork
    /// 四、研究及宣传成果
    case research

    public var title: String {
        switch self {
        case .political: N_("Ideology and politics")
        case .education: N_("Education and degrees")
        case .socialWork: N_("Social-work service")
        case .research: N_("Research and publicity")
        }
    }

    /// The category's number on 附表2.
    public var clause: String {
        switch self {
        case .political: "附表2 一"
        case .education: "附表2 二"
        case .socialWork: "附表2 三"
        case .research: "附表2 四"
        }
    }

    public var capKey: PolicyKey {
        switch self {
        case .political: .selectionBonusCapPolitical
        case .education: .selectionBonusCapEducation
        case .socialWork: .selectionBonusCapSocialWork
        case .research: .selectionBonusCapResearch
        }
    }
}
