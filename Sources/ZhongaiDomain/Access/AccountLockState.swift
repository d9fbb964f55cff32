import Foundation

/// The failed sign-ins of one account and its lock, as a value the store keeps per account.
///
/// Policy `account.max_failed_logins` failures within `account.lock_minutes` of the first of them lock the account
/// for `account.lock_minutes`. A lock that has run out no longer counts; a success clears everything.
public struct AccountLockState: Equatable, Sendable {
    public var failedAttempts: Int
    /// When the current run of failures began.
    public var firstFailureAt: Date?
    public var lockedUntil: Date?

    public init(failedAttempts: Int = 0, firstFailureAt: Date? = nil, lockedUntil: Date? = nil) {
        self.failedAttempts = failedAttempts
        self.firstFailureAt = firstFailureAt
        self.lockedUntil = lockedUntil
    }

    /// The end of the lock in force at `now`, or nil when the account is not locked (an expired lock unlocks).
    public func lockEnd(at now: Date) -> Date? {
        guard let lockedUntil, now < lockedUntil else { return nil }
        return lockedUntil
    }

    /// Counts a failed attempt at `now` and locks when it is the last allowed one. Returns the failures left before
    /// a lock (0 when this failure locked the account).
    @discardableResult
    public mutating func recordFailure(at now: Date, maxFailures: Int, lockMinutes: Int) -> Int {
        let window = TimeInterval(lockMinutes * 60)
        if lockEnd(at: now) == nil, lockedUntil != nil { lockedUntil = nil }
        if let first = firstFailureAt, now.timeIntervalSince(first) < window, now >= first {
            failedAttempts += 1
        } else {
            firstFailureAt = now
            failedAttempts = 1
        }
        if failedAttempts >= max(1, maxFailures) {
            lockedUntil = now.addingTimeInterval(window)
            failedAttempts = 0
            firstFailureAt = nil
            return 0
        }
        return max(1, maxFailures) - failedAttempts
    }

    /// A successful sign-in, or a password reset: no failures, no lock.
    public mutating func clear() {
        self = AccountLockState()
    }
}
