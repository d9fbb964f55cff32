/// 年度考核结论: the conclusion of a year's appraisal.
public enum AnnualAssessment: String, CaseIterable, Codable, Sendable {
    /// 优秀 (also a bonus item of 附表2 三(1))
    case excellent
    /// 良好
    case good
    /// 合格
    case competent
    /// 不合格
    case unsatisfactory

    public var title: String {
        switch self {
        case .excellent: N_("Excellent")
        case .good: N_("Good")
        case .competent: N_("Competent")
        case .unsatisfactory: N_("Unsatisfactory")
        }
    }

    /// 合格以上 (SEL-01).
    public var isCompetentOrBetter: Bool { self != .unsatisfactory }
}
