import Foundation

/// A signed-in worker: what `authenticate` returns and every protected read and write takes.
///
/// The store seals the values it issued with a key that lives only in the running process; a `Session` built by
/// hand, or altered, is refused. The store also re-reads the worker's current role, service point and activity on
/// every request, so a role change or a deactivation takes effect at once.
public struct Session: Hashable, Sendable {
    public let workerCode: String
    public let role: Role
    public let servicePointID: Int64?
    public let startedAt: Date
    /// After a reset by an administrator, the worker must choose a new password first.
    public let mustChangePassword: Bool
    /// The store's seal over the fields above; opaque to everybody else.
    public let seal: String

    public init(workerCode: String, role: Role, servicePointID: Int64?, startedAt: Date, mustChangePassword: Bool = false,
                seal: String) {
        self.workerCode = workerCode
        self.role = role
        self.servicePointID = servicePointID
        self.startedAt = startedAt
        self.mustChangePassword = mustChangePassword
        self.seal = seal
    }

    /// The text the seal covers.
    public var sealedText: String {
        [workerCode, role.rawValue, servicePointID.map(String.init) ?? "", AuditTimestamp.format(startedAt),
         mustChangePassword ? "1" : "0"].map { "\($0.utf8.count):\($0)" }.joined()
    }
}
