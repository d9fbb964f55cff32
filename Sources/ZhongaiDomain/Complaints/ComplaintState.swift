/// Where an opinion or complaint stands: waiting for its reply (CMP-02), replied (follow-ups may still be noted),
/// closed.
public enum ComplaintState: String, CaseIterable, Codable, Sendable {
    case awaitingReply
    case replied
    case closed

    /// English msgid.
    public var title: String {
        switch self {
        case .awaitingReply: N_("Awaiting reply")
        case .replied: N_("Replied")
        case .closed: N_("Closed")
        }
    }
}
