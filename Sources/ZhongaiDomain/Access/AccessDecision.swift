/// The policy's answer: allowed, with the narrowest scope that allows it, or denied with a reason.
public enum AccessDecision: Equatable, Sendable {
    case allowed(AccessScope)
    case denied(AccessDenialReason)

    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }
}
