import Dispatch
import ZhongaiStore

/// Makes the scheduled backup while the window is open (issue 9): a check shortly after the main window is up and
/// every 10 minutes, on a utility queue of its own, so a backup of a large database never blocks the window. The
/// store records a failure as a failed run (the administrators' 待办 shows it) and guards against a `zhongai backup
/// run-due` from cron running at the same moment; nothing here touches GTK.
final class BackupScheduler {
    static let firstCheckSeconds = 5
    static let intervalSeconds = 600

    private let timer: DispatchSourceTimer

    init(database: AppDatabase) {
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "org.zhongai.Workbench.backup", qos: .utility))
        timer.schedule(deadline: .now() + .seconds(Self.firstCheckSeconds), repeating: .seconds(Self.intervalSeconds))
        // Runs on the timer's queue, not the main thread: the closure must not be main-actor isolated.
        timer.setEventHandler { @Sendable in
            _ = try? database.runScheduledBackupIfDue()
        }
    }

    func start() { timer.resume() }

    isolated deinit { timer.cancel() }
}
