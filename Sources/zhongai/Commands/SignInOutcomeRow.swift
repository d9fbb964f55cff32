import Foundation
import ZhongaiDomain

/// `signin record|station-record --json`: one line per person, printed once the sign-in is committed.
struct SignInOutcomeRow: Encodable {
    let registrationID: String
    /// "recorded" or "alreadySignedIn".
    let outcome: String
    let signInID: String?
    let at: String

    init(registrationID: String, _ outcome: SignInOutcome) {
        self.registrationID = registrationID
        switch outcome {
        case .recorded(let id, let at):
            self.outcome = "recorded"
            signInID = id
            self.at = AuditTimestamp.format(at)
        case .alreadySignedIn(let at):
            self.outcome = "alreadySignedIn"
            signInID = nil
            self.at = AuditTimestamp.format(at)
        }
    }

    /// The plain line: "recorded ID TIME" or "already-signed-in REGISTRATION TIME".
    var line: String {
        outcome == "recorded" ? "recorded \(signInID ?? "") \(registrationID) \(at)"
            : "already-signed-in \(registrationID) \(at)"
    }
}
