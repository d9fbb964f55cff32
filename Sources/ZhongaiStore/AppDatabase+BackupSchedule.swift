import Foundation
import Glibc
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The schedule row in force and the key backups are sealed to.
    struct BackupPlan {
        var id: Int64
        var schedule: BackupSchedule
        var recipient: BackupCipher.Recipient?
    }

    /// Sets (or changes) the scheduled backup: every `everyHours` hours an encrypted backup into `folder`, the `keep`
    /// newest kept. The passphrase derives a key pair (Argon2id, MODERATE, new salt); only its public key, the salt
    /// and the limits are stored, so the program can write backups unattended while a stolen computer holds nothing
    /// that opens them. Needs `manageReferenceData`, like `createBackup`. A new row of the schedule's history.
    public func setBackupSchedule(folder: String, everyHours: Int, keep: Int, passphrase: String, as session: Session,
                                  at now: Date = Date()) throws {
        let path = URL(fileURLWithPath: folder.trimmingCharacters(in: .whitespaces)).standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard !folder.trimmingCharacters(in: .whitespaces).isEmpty,
              FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError(field: N_("Backup folder"), N_("%@ is not an existing folder"), path)
        }
        guard access(path, W_OK | X_OK) == 0 else {
            throw ValidationError(field: N_("Backup folder"), N_("the program cannot write into %@"), path)
        }
        guard BackupSchedule.hoursRange.contains(everyHours) else {
            throw ValidationError(field: N_("Every (hours)"), N_("back up every %@ to %@ hours"),
                                  String(BackupSchedule.hoursRange.lowerBound), String(BackupSchedule.hoursRange.upperBound))
        }
        guard BackupSchedule.keepRange.contains(keep) else {
            throw ValidationError(field: N_("Keep"), N_("keep %@ to %@ backups"),
                                  String(BackupSchedule.keepRange.lowerBound), String(BackupSchedule.keepRange.upperBound))
        }
        try BackupCipher.requireUsablePassphrase(passphrase)
        let recipient = try BackupCipher.newRecipient(passphrase: passphrase)
        try actorTransaction(session, action: .manageReferenceData, at: now) { db, context in
            try db.execute(sql: """
                INSERT INTO backupSchedule (isOn, folder, everyHours, keepCount, publicKey, salt, opsLimit, memLimit,
                                            setBy, setAt)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [path, everyHours, keep, Data(recipient.publicKey), Data(recipient.salt),
                                 Int64(recipient.opsLimit), Int64(recipient.memLimit), session.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor, action: .policyChanged,
                                        detail: "backup schedule: every \(everyHours) h, keep \(keep), into \(path)")
        }
    }

    /// Stops the scheduled backup (a new row of the history, off). Refused when none is on.
    public func stopBackupSchedule(as session: Session, at now: Date = Date()) throws {
        try actorTransaction(session, action: .manageReferenceData, at: now) { db, context in
            guard try AppDatabase.backupPlan(db)?.schedule.isOn == true else {
                throw ValidationError(field: N_("Backup schedule"), N_("no scheduled backup is on"))
            }
            try db.execute(sql: "INSERT INTO backupSchedule (isOn, setBy, setAt) VALUES (0, ?, ?)",
                           arguments: [session.workerCode, AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor, action: .policyChanged,
                                        detail: "backup schedule stopped")
        }
    }

    /// The schedule in force (nil when never set) and the latest `runs` runs, newest first. Not personal data:
    /// a folder, numbers and outcomes, readable without a session (`zhongai backup status`).
    public func backupSchedule(runs: Int = 10) throws -> BackupScheduleStatus {
        try writer.read { db in
            try BackupScheduleStatus(schedule: AppDatabase.backupPlan(db)?.schedule,
                                     runs: AppDatabase.backupRuns(db, limit: runs))
        }
    }

    /// Makes the scheduled backup when it is due (`BackupSchedule.isDue`), else returns nil. The program acts, not
    /// a session: the audit row names the system. The file is written beside under a hidden temporary name and
    /// renamed when complete, so a crash never leaves a half file under a backup's name; then the folder keeps
    /// the `keep` newest backups. A failure (folder gone, disk full, no permission) is returned and recorded as a
    /// failed run with its message, the database otherwise unchanged; only a database that cannot be read or
    /// written throws.
    ///
    /// One run at a time, across processes (the window and `zhongai backup run-due` from cron): an exclusive,
    /// non-blocking `flock` on `.zhongai-backup.lock` in the folder, released by the kernel even when a process
    /// dies; whoever finds it taken returns nil, and whoever takes it checks again that the run is still due.
    @discardableResult
    public func runScheduledBackupIfDue(at now: Date = Date()) throws -> BackupRun? {
        guard let plan = try writer.read({ try AppDatabase.backupPlan($0) }), try isDue(plan, at: now),
              let folder = plan.schedule.folder, let keep = plan.schedule.keep, let recipient = plan.recipient
        else { return nil }
        let started = Date()
        func finishedAt() -> Date { now.addingTimeInterval(Date().timeIntervalSince(started)) }
        let lock = Glibc.open(folder + "/.zhongai-backup.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else {
            return try recordBackupRun(plan.id, BackupRun(startedAt: now, finishedAt: finishedAt(), outcome: .failed,
                                                          message: "\(folder): \(Self.systemError())"))
        }
        defer { close(lock) }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else { return nil }
        // Another process may have made the backup between our first look and the lock.
        guard let current = try writer.read({ try AppDatabase.backupPlan($0) }), current.id == plan.id,
              try isDue(current, at: now) else { return nil }
        var run: BackupRun
        do {
            let made = try makeSealedBackup(into: URL(fileURLWithPath: folder), recipient: recipient, at: now)
            run = BackupRun(startedAt: now, finishedAt: finishedAt(), outcome: .ok, fileName: made.name,
                            sizeBytes: made.size, dumpDigest: made.digest)
            do {
                try AppDatabase.pruneBackups(in: URL(fileURLWithPath: folder), keep: keep)
            } catch {
                run.message = "the backup was made, but older ones could not be deleted: \(Self.describe(error))"
            }
        } catch {
            run = BackupRun(startedAt: now, finishedAt: finishedAt(), outcome: .failed, message: Self.describe(error))
        }
        return try recordBackupRun(plan.id, run)
    }

    /// Deletes all but the `keep` newest backups (*.zhongai-backup) of `folder`: scheduled ones by the time in their
    /// name, others by their modification time. Returns the deleted files.
    @discardableResult
    public static func pruneBackups(in folder: URL, keep: Int) throws -> [URL] {
        let files = try FileManager.default.contentsOfDirectory(at: folder,
                                                                includingPropertiesForKeys: [.contentModificationDateKey])
            .filter { $0.pathExtension == BackupFileName.fileExtension && !$0.lastPathComponent.hasPrefix(".") }
        let expired = BackupRetention.expired(files, keep: keep) {
            BackupFileName.madeAt($0.lastPathComponent)
                ?? (try? $0.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
        }
        for file in expired { try FileManager.default.removeItem(at: file) }
        return expired
    }

    private func isDue(_ plan: BackupPlan, at now: Date) throws -> Bool {
        try writer.read { db in
            let lastOk = try AppDatabase.lastRunStarted(db, plan.id, outcome: .ok)
            let lastFailure = try AppDatabase.lastRunStarted(db, plan.id, outcome: .failed)
            return plan.schedule.isDue(at: now, lastOk: lastOk, lastFailure: lastFailure)
        }
    }

    /// The backup under its final name, or nothing under that name: written as `.NAME.partial`, synced, renamed.
    private func makeSealedBackup(into folder: URL, recipient: BackupCipher.Recipient, at now: Date) throws
        -> (name: String, size: Int64, digest: String) {
        let name = BackupFileName.scheduled(at: now)
        let final = folder.appendingPathComponent(name)
        guard !FileManager.default.fileExists(atPath: final.path) else {
            throw ValidationError(field: N_("Backup"), N_("%@ exists already: choose a new file name"), final.path)
        }
        let partial = folder.appendingPathComponent(".\(name).partial")
        try? FileManager.default.removeItem(at: partial)
        defer { try? FileManager.default.removeItem(at: partial) }
        let digest = try encryptedSnapshot { copy in try BackupCipher.encrypt(copy, to: partial, sealedTo: recipient) }
        guard rename(partial.path, final.path) == 0 else {
            throw ValidationError(field: N_("Backup"), N_("cannot write %@"), "\(final.path): \(Self.systemError())")
        }
        // The rename itself reaches the disk only when the folder is synced.
        let folderHandle = Glibc.open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderHandle >= 0 { fsync(folderHandle); close(folderHandle) }
        var info = stat()
        let size = stat(final.path, &info) == 0 ? Int64(info.st_size) : 0
        return (name, size, digest)
    }

    /// Records a finished run and its audit row (actor: the system) in one transaction.
    private func recordBackupRun(_ scheduleID: Int64, _ run: BackupRun) throws -> BackupRun {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO backupRun (scheduleID, startedAt, finishedAt, outcome, fileName, sizeBytes, dumpDigest, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [scheduleID, AuditTimestamp.format(run.startedAt), AuditTimestamp.format(run.finishedAt),
                                 run.outcome.rawValue, run.fileName, run.sizeBytes, run.dumpDigest, run.message])
            try AppDatabase.appendAudit(db, at: run.finishedAt, actor: AuditEntry.systemActor, action: .export,
                                        detail: run.outcome == .ok ? "scheduled encrypted backup \(run.fileName ?? "")"
                                            : "scheduled backup failed: \(run.message)")
        }
        return run
    }

    /// The newest row of the schedule's history.
    static func backupPlan(_ db: Database) throws -> BackupPlan? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM backupSchedule ORDER BY id DESC LIMIT 1") else {
            return nil
        }
        let schedule = BackupSchedule(isOn: row["isOn"], folder: row["folder"], everyHours: row["everyHours"],
                                      keep: row["keepCount"], setBy: row["setBy"],
                                      setAt: AuditTimestamp.parse(row["setAt"]) ?? .distantPast)
        var recipient: BackupCipher.Recipient?
        if let publicKey = row["publicKey"] as Data?, let salt = row["salt"] as Data?,
           let ops = row["opsLimit"] as Int64?, let mem = row["memLimit"] as Int64? {
            recipient = BackupCipher.Recipient(publicKey: [UInt8](publicKey), salt: [UInt8](salt),
                                               opsLimit: UInt64(ops), memLimit: UInt64(mem))
        }
        return BackupPlan(id: row["id"], schedule: schedule, recipient: recipient)
    }

    /// The latest runs, newest first: of one schedule row, or of all.
    static func backupRuns(_ db: Database, of scheduleID: Int64? = nil, limit: Int) throws -> [BackupRun] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM backupRun WHERE ? IS NULL OR scheduleID = ? ORDER BY id DESC LIMIT ?
            """, arguments: [scheduleID, scheduleID, limit]).map { row in
            BackupRun(startedAt: AuditTimestamp.parse(row["startedAt"]) ?? .distantPast,
                      finishedAt: AuditTimestamp.parse(row["finishedAt"]) ?? .distantPast,
                      outcome: BackupRun.Outcome(rawValue: row["outcome"]) ?? .failed, fileName: row["fileName"],
                      sizeBytes: row["sizeBytes"], dumpDigest: row["dumpDigest"], message: row["message"])
        }
    }

    /// When the last run of that outcome started: a backup is of the database as it was when it began.
    static func lastRunStarted(_ db: Database, _ scheduleID: Int64, outcome: BackupRun.Outcome) throws -> Date? {
        try String.fetchOne(db, sql: """
            SELECT max(startedAt) FROM backupRun WHERE scheduleID = ? AND outcome = ?
            """, arguments: [scheduleID, outcome.rawValue]).flatMap(AuditTimestamp.parse)
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }

    private static func describe(_ error: any Error) -> String {
        if let refusal = error as? ValidationError { return refusal.description }
        if let failure = error as? DatabaseError { return failure.message ?? failure.description }
        // Foundation's file errors wrap the system's (ENOSPC, EACCES…): say that one, in the system's words.
        let wrapped = error as NSError
        let system = (wrapped.userInfo[NSUnderlyingErrorKey] as? NSError) ?? wrapped
        if system.domain == NSPOSIXErrorDomain {
            let words = String(cString: strerror(Int32(system.code)))
            return (wrapped.userInfo[NSFilePathErrorKey] as? String).map { "\($0): \(words)" } ?? words
        }
        return String(describing: error)
    }
}
