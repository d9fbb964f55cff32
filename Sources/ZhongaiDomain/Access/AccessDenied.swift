/// A request the access policy refused (ROLE-01, CONF-02). The store throws it after writing the denied attempt
/// to the audit log; nothing else changed.
public struct AccessDenied: Error, Equatable, CustomStringConvertible, Sendable {
    /// Code of the worker who asked (as the session named them).
    public let workerCode: String
    public let action: AccessAction
    /// The record asked for; nil for a centre-wide action.
    public let record: ProtectedRecordRef?
    public let reason: AccessDenialReason

    public init(workerCode: String, action: AccessAction, record: ProtectedRecordRef?, reason: AccessDenialReason) {
        self.workerCode = workerCode
        self.action = action
        self.record = record
        self.reason = reason
    }

    /// The rule behind the refusal.
    public var rule: String { reason == .ownRecordApproval ? "CASE-02" : "CONF-02" }

    /// English msgid of the message, with `%@` for the action and the record. `noSuchRecord` reads exactly like
    /// `outsideScope`: whoever guesses an id does not learn whether it exists.
    public var format: String {
        switch reason {
        case .actionNotGranted: N_("your role may not %@")
        case .outsideScope, .noSuchRecord: N_("you may not %@ %@: it is not among the records your role reaches")
        case .ownRecordApproval: N_("you may not %@ %@: nobody approves their own records")
        case .inactiveWorker: N_("you may not %@: your account is no longer active")
        case .invalidSession: N_("you may not %@: sign in again")
        }
    }

    public func localized(_ translate: (String) -> String) -> String {
        var text = translate(format)
        if let range = text.range(of: "%@") { text.replaceSubrange(range, with: translate(action.title)) }
        // A centre-wide refusal (an indicator sheet, a board) names no record: its slot goes with its space.
        if let range = text.range(of: record == nil ? " %@" : "%@") {
            text.replaceSubrange(range, with: record.map { "\($0.kind.rawValue) \($0.id)" } ?? "")
        }
        return translate(N_("Access denied")) + ": " + text + " [\(rule)]"
    }

    public var description: String { localized { $0 } }
}
