/// How a session ends, for the audit log.
public enum SessionEnd: Sendable {
    /// The worker signed out.
    case signedOut
    /// The idle lock (`IdleLock`) closed it.
    case idleLocked
}
