/// 性别 on a registration form (《报名表》), where a participant may leave it blank.
public enum ParticipantGender: String, CaseIterable, Codable, Sendable {
    case female
    case male
    case unstated

    /// English msgid of the gender's name.
    public var title: String {
        switch self {
        case .female: N_("Female")
        case .male: N_("Male")
        case .unstated: N_("Not stated")
        }
    }
}
