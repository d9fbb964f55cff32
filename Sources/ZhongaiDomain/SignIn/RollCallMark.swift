/// A member's mark for one session on the roll call.
public enum RollCallMark: String, Hashable, Sendable, Codable {
    case present
    case absent
    /// Not counted: the session is still to come, or was held before the member registered.
    case notCounted

    /// The sign on the printed roll call: ✓ present, ✗ absent, blank otherwise.
    public var sign: String {
        switch self {
        case .present: "✓"
        case .absent: "✗"
        case .notCounted: ""
        }
    }
}
