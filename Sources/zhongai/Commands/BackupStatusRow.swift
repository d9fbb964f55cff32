import ZhongaiDomain

/// `backup status --json`: the schedule in force (on or off, folder, period, how many kept, who set it and when)
/// and the latest runs, newest first.
struct BackupStatusRow: Encodable {
    let isOn: Bool
    let folder: String?
    let everyHours: Int?
    let keep: Int?
    let setBy: String?
    let setAt: String?
    let runs: [BackupRunRow]

    init(_ status: BackupScheduleStatus) {
        isOn = status.schedule?.isOn ?? false
        folder = status.schedule?.folder
        everyHours = status.schedule?.everyHours
        keep = status.schedule?.keep
        setBy = status.schedule?.setBy
        setAt = status.schedule.map { AuditTimestamp.format($0.setAt) }
        runs = status.runs.map(BackupRunRow.init)
    }
}
