import Foundation

/// The scheduled backup in force (定时备份): every `everyHours` hours an encrypted backup into `folder`, the `keep`
/// newest kept. A stopped schedule has `isOn` false and no folder. Set by an administrator; each change is a new
/// row of the schedule's history.
public struct BackupSchedule: Equatable, Codable, Sendable {
    public static let hoursRange = 1...168
    public static let keepRange = 1...365

    public var isOn: Bool
    public var folder: String?
    public var everyHours: Int?
    public var keep: Int?
    public var setBy: String
    public var setAt: Date

    public init(isOn: Bool, folder: String?, everyHours: Int?, keep: Int?, setBy: String, setAt: Date) {
        self.isOn = isOn
        self.folder = folder
        self.everyHours = everyHours
        self.keep = keep
        self.setBy = setBy
        self.setAt = setAt
    }

    /// Due when no backup succeeded in the last `everyHours` hours, and (so that a folder gone missing does not
    /// record a failure at every check) no attempt failed in the last hour or `everyHours`, whichever is shorter.
    public func isDue(at now: Date, lastOk: Date?, lastFailure: Date?) -> Bool {
        guard isOn, let everyHours else { return false }
        let period = Double(everyHours) * 3600
        if let lastOk, now.timeIntervalSince(lastOk) < period { return false }
        if let lastFailure, now.timeIntervalSince(lastFailure) < min(period, 3600) { return false }
        return true
    }

    /// Overdue (待办) when the schedule is on and no backup succeeded for twice its period since it was set.
    public func isOverdue(at now: Date, lastOk: Date?) -> Bool {
        guard isOn, let everyHours else { return false }
        return now.timeIntervalSince(max(lastOk ?? setAt, setAt)) >= 2 * Double(everyHours) * 3600
    }
}
