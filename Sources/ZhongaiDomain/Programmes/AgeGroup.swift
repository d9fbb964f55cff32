/// 年龄段 on a registration form: enough for the indicators without asking a participant's birth date.
public enum AgeGroup: String, CaseIterable, Codable, Sendable {
    case child
    case youth
    case adult
    case senior
    case unstated

    /// English msgid of the age group's name.
    public var title: String {
        switch self {
        case .child: N_("Child")
        case .youth: N_("Youth")
        case .adult: N_("Adult")
        case .senior: N_("Senior")
        case .unstated: N_("Not stated")
        }
    }
}
