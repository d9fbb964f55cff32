/// Why the access policy, or the store applying it, refused a request.
public enum AccessDenialReason: String, CaseIterable, Codable, Sendable {
    /// The role has no permission for the action in any scope.
    case actionNotGranted
    /// The role has the action, but the record is outside its scopes.
    case outsideScope
    /// CASE-02: nobody approves their own record.
    case ownRecordApproval
    /// No record has this id (a guessed or stale id). Shown like `outsideScope`, so a guess learns nothing.
    case noSuchRecord
    /// The worker was deactivated since signing in.
    case inactiveWorker
    /// The session was not issued by this store (built by hand or altered).
    case invalidSession
}
