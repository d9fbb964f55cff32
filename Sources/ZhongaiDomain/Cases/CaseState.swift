/// Whether a case is still being served. Referral or termination may end a case from any stage (CASE-01).
public enum CaseState: String, CaseIterable, Codable, Sendable {
    case open
    /// Ended with a CASE-12 reason, on the supervisor's approval (CASE-03).
    case closed
    /// Handed to another agency (转介), on the supervisor's approval (CASE-03) and with consent (CONF-01).
    case referred

    /// English msgid of the state's name.
    public var title: String {
        switch self {
        case .open: N_("Open")
        case .closed: N_("Closed")
        case .referred: N_("Referred")
        }
    }
}
