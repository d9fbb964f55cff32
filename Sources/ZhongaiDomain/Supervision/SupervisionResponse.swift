/// A supervisee's answer to the record of a session they attended (SUP-05): still to come, confirmed, or
/// disputed with a comment. Given once.
public enum SupervisionResponse: String, CaseIterable, Codable, Sendable {
    case pending
    case confirmed
    case disputed

    /// English msgid of the state's name.
    public var title: String {
        switch self {
        case .pending: N_("Waiting for confirmation")
        case .confirmed: N_("Confirmed")
        case .disputed: N_("Disputed")
        }
    }
}
