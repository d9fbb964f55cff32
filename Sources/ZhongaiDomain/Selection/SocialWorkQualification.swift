/// 社会工作职业水平证书: the national social-work qualification the candidate holds.
public enum SocialWorkQualification: String, CaseIterable, Codable, Comparable, Sendable {
    case none
    /// 助理社会工作师
    case assistantSocialWorker
    /// 社会工作师
    case socialWorker
    /// 高级社会工作师
    case seniorSocialWorker

    public var title: String {
        switch self {
        case .none: N_("None")
        case .assistantSocialWorker: N_("Assistant social worker")
        case .socialWorker: N_("Social worker")
        case .seniorSocialWorker: N_("Senior social worker")
        }
    }

    private var rank: Int { SocialWorkQualification.allCases.firstIndex(of: self)! }

    public static func < (a: SocialWorkQualification, b: SocialWorkQualification) -> Bool { a.rank < b.rank }
}
