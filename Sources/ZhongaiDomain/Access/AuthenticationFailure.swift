import Foundation

/// Why `authenticate` refused to sign a worker in. The store writes every refusal to the audit log before
/// throwing it. The interface may show `noAccount` and `wrongPassword` with one message, so that a guessed worker
/// code learns nothing.
public enum AuthenticationFailure: Error, Equatable, CustomStringConvertible, Sendable {
    /// No worker has this code, or the worker has no account yet.
    case noAccount(workerCode: String)
    /// The password is wrong; `remainingAttempts` more failures lock the account.
    case wrongPassword(remainingAttempts: Int)
    /// Too many failures: locked until the given time (policy `account.lock_minutes`).
    case locked(until: Date)
    /// The worker has left (deactivated in the directory).
    case deactivated(workerCode: String)

    /// English msgid with `%@` placeholders, and its arguments.
    public var format: String {
        switch self {
        case .noAccount: N_("there is no account for “%@”")
        case .wrongPassword: N_("wrong password; the account locks after %@ more failed attempts")
        case .locked: N_("too many failed attempts: the account is locked until %@")
        case .deactivated: N_("%@ is no longer active and cannot sign in")
        }
    }

    public var arguments: [String] {
        switch self {
        case .noAccount(let code), .deactivated(let code): [code]
        case .wrongPassword(let remaining): [String(remaining)]
        case .locked(let until): [AuditTimestamp.format(until)]
        }
    }

    public func localized(_ translate: (String) -> String) -> String {
        var text = translate(format)
        for value in arguments {
            guard let range = text.range(of: "%@") else { break }
            text.replaceSubrange(range, with: value)
        }
        return translate(N_("Sign-in refused")) + ": " + text
    }

    public var description: String { localized { $0 } }
}
