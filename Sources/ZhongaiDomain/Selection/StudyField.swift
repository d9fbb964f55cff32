/// 专业: the field of the candidate's degree, as SEL-01 tells them apart.
public enum StudyField: String, CaseIterable, Codable, Sendable {
    /// 社会工作专业
    case socialWork
    /// 社会学、心理学、教育学、管理学等相关专业 (law, medicine, rehabilitation count in the justice, medical and
    /// disability fields).
    case related
    case other

    public var title: String {
        switch self {
        case .socialWork: N_("Social work")
        case .related: N_("A related field")
        case .other: N_("Another field")
        }
    }
}
