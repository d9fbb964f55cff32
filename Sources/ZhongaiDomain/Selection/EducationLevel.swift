/// 学历: the highest education completed, as the registration form (附表1) asks it.
public enum EducationLevel: String, CaseIterable, Codable, Comparable, Sendable {
    case belowJuniorCollege
    /// 大专
    case juniorCollege
    /// 本科
    case bachelor
    /// 硕士 (研究生)
    case master
    /// 博士
    case doctorate

    public var title: String {
        switch self {
        case .belowJuniorCollege: N_("Below junior college")
        case .juniorCollege: N_("Junior college")
        case .bachelor: N_("Bachelor's degree")
        case .master: N_("Master's degree")
        case .doctorate: N_("Doctorate")
        }
    }

    private var rank: Int { EducationLevel.allCases.firstIndex(of: self)! }

    public static func < (a: EducationLevel, b: EducationLevel) -> Bool { a.rank < b.rank }
}
