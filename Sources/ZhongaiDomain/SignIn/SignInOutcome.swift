import Foundation

/// What one tap at the station did (GRP-04): the sign-in was committed, or the person had already signed in to
/// this session and nothing was counted again.
public enum SignInOutcome: Equatable, Sendable {
    /// Committed durably; `signInID` is the new sign-in's UUID.
    case recorded(signInID: String, at: Date)
    /// The person signed in to this session before, at `at`; nothing was written.
    case alreadySignedIn(at: Date)

    /// Whether this tap added a sign-in.
    public var isRecorded: Bool {
        if case .recorded = self { return true }
        return false
    }
}
