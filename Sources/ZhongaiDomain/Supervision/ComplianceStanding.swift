/// Why a supervisor–supervisee pair is on a month's compliance grid.
public enum ComplianceStanding: String, Codable, Sendable {
    /// The supervisor owes the pair the month's minimum (the nearest of that role above the supervisee).
    case owed
    /// They met while the supervisee was in the supervisor's chain for part of the month (a move mid-month),
    /// or the supervisor is further up than the one who owes the minimum: counted, nothing owed.
    case inChain
    /// They met outside the chain (cross-supervision, recorded with its reason): counted, nothing owed.
    case crossSupervision

    /// English msgid.
    public var title: String {
        switch self {
        case .owed: N_("Minimum owed")
        case .inChain: N_("In the chain part of the month")
        case .crossSupervision: N_("Cross-supervision")
        }
    }
}
