/// How a case ended: closed, or referred to another agency, each with its CASE-12 reason.
public enum CaseEnding: Equatable, Codable, Sendable {
    case closed(ClosingReason)
    case referred(agency: String, reason: ClosingReason)

    public var reason: ClosingReason {
        switch self {
        case .closed(let reason), .referred(_, let reason): reason
        }
    }

    public var state: CaseState {
        switch self {
        case .closed: .closed
        case .referred: .referred
        }
    }
}
