import Foundation

/// The idle lock: the workbench locks after policy `account.idle_lock_minutes` without use. Pure, so the
/// interface asks it on a timer and tests pass times. A value of 0 minutes turns the idle lock off.
public struct IdleLock: Equatable, Sendable {
    public let idleMinutes: Int

    public init(idleMinutes: Int) {
        self.idleMinutes = idleMinutes
    }

    public init(policy: Policy) {
        self.init(idleMinutes: policy.accountIdleLockMinutes)
    }

    /// When a session last active at `lastActivity` locks; nil when the idle lock is off.
    public func lockTime(lastActivity: Date) -> Date? {
        idleMinutes > 0 ? lastActivity.addingTimeInterval(TimeInterval(idleMinutes * 60)) : nil
    }

    /// Whether a session last active at `lastActivity` is locked at `now`.
    public func isLocked(lastActivity: Date, now: Date) -> Bool {
        guard let lockTime = lockTime(lastActivity: lastActivity) else { return false }
        return now >= lockTime
    }
}
