/// 性别, as the intake form records it.
public enum Gender: String, CaseIterable, Codable, Sendable {
    case female
    case male

    /// English msgid of the gender's name.
    public var title: String {
        switch self {
        case .female: N_("Female")
        case .male: N_("Male")
        }
    }
}
