/// What `zhongai backup status` and the 待办 provider read: the schedule in force (nil when never set) and its
/// latest runs, newest first.
public struct BackupScheduleStatus: Equatable, Codable, Sendable {
    public var schedule: BackupSchedule?
    public var runs: [BackupRun]

    public init(schedule: BackupSchedule?, runs: [BackupRun]) {
        self.schedule = schedule
        self.runs = runs
    }

    public var lastRun: BackupRun? { runs.first }
}
