import Foundation

/// A worker's account as the administrator's list shows it (never the hash).
public struct AccountSummary: Equatable, Sendable {
    public var workerCode: String
    public var workerName: String
    public var role: Role
    public var isActive: Bool
    public var hasAccount: Bool
    /// The end of a lock in force at the time asked, if any.
    public var lockedUntil: Date?
    public var mustChangePassword: Bool
    public var lastLoginAt: Date?

    public init(workerCode: String, workerName: String, role: Role, isActive: Bool, hasAccount: Bool,
                lockedUntil: Date?, mustChangePassword: Bool, lastLoginAt: Date?) {
        self.workerCode = workerCode
        self.workerName = workerName
        self.role = role
        self.isActive = isActive
        self.hasAccount = hasAccount
        self.lockedUntil = lockedUntil
        self.mustChangePassword = mustChangePassword
        self.lastLoginAt = lastLoginAt
    }
}
