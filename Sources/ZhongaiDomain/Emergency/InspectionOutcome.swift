/// What an inspection found on one item (CHK-04): in order, or a finding described in words.
public enum InspectionOutcome: String, CaseIterable, Codable, Sendable {
    case ok
    case finding

    /// English msgid; the interface shows its translation.
    public var title: String {
        switch self {
        case .ok: N_("In order")
        case .finding: N_("Finding")
        }
    }
}
