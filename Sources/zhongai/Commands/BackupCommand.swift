import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai backup create|restore|check|prune|schedule|status|run-due`: encrypted backups of the database (issue 9),
/// by hand or on a schedule. The passphrase comes from $ZHONGAI_BACKUP_PASSPHRASE, else it is asked on the terminal.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Encrypted backups: create, restore, check, prune, and the scheduled backup.",
        subcommands: [Create.self, Restore.self, Check.self, Prune.self, Schedule.self, Status.self, RunDue.self])

    static let passphraseVariable = "ZHONGAI_BACKUP_PASSPHRASE"

    static func passphrase(repeating: Bool = false) throws -> String {
        try PasswordInput.read(passphraseVariable, prompt: MainActor.assumeIsolated { tr("Backup passphrase: ") },
                               repeatPrompt: repeating ? { MainActor.assumeIsolated { tr("The same passphrase again: ") } } : nil,
                               field: N_("Passphrase"))
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Back up the database, even while the window has it open, into a new encrypted file.")
        @OptionGroup var signIn: SignInOptions
        @Option(help: "The new backup file.") var out: String

        func run() throws {
            try CommandFailure.reporting {
                let passphrase = try BackupCommand.passphrase(repeating: true)
                let digest = try signIn.run { database, session, _ in
                    try database.createBackup(at: URL(fileURLWithPath: out), passphrase: passphrase, by: session)
                }
                print("\(out)\t\(digest)")
            }
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Restore a backup into a new database file, checked and compared with its full dump.")
        @Argument(help: "The backup file.") var backup: String
        @Option(help: "The database file to write (a new file).") var to: String
        @Option(help: "The digest printed by “backup create”, to compare the restored dump with.") var digest: String?
        @Flag(help: "Replace an existing file, even the database in use: close the window first.") var force = false

        func run() throws {
            try CommandFailure.reporting {
                let check = try AppDatabase.restoreBackup(from: URL(fileURLWithPath: backup),
                                                          passphrase: BackupCommand.passphrase(),
                                                          to: URL(fileURLWithPath: to), replacing: force,
                                                          expectedDigest: digest)
                print("ok\t\(check.caseCount) cases\t\(check.auditRowCount) audit rows\t\(check.dumpDigest)")
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Decrypt a backup in a private temporary folder and run SQLite's integrity check.")
        @Argument(help: "The backup file.") var backup: String

        func run() throws {
            try CommandFailure.reporting {
                let check = try AppDatabase.checkBackup(URL(fileURLWithPath: backup),
                                                        passphrase: BackupCommand.passphrase())
                print("ok\t\(check.caseCount) cases\t\(check.auditRowCount) audit rows\t\(check.dumpDigest)")
            }
        }
    }

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete all but the newest backups (*.zhongai-backup) of a folder.")
        @Argument(help: "The folder of backups.") var folder: String
        @Option(help: "How many of the newest to keep.") var keep: Int

        func run() throws {
            try CommandFailure.reporting {
                guard keep >= 1 else {
                    throw ValidationError(field: N_("Keep"), N_("keep at least %@ backup"), "1")
                }
                let expired = try AppDatabase.pruneBackups(in: URL(fileURLWithPath: folder), keep: keep)
                for file in expired { print("deleted\t\(file.path)") }
            }
        }
    }

    struct Schedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set the scheduled backup (administrator), or stop it with --off.",
            discussion: """
                The passphrase (asked twice) derives a key pair; only its public key is stored, so backups are \
                written with nobody typing, and only the passphrase opens them (“backup check|restore”). The window \
                checks every 10 minutes; without a window, run “zhongai backup run-due” from a timer or cron.
                """)
        @OptionGroup var signIn: SignInOptions
        @Option(help: "The folder to write backups into (it must exist).") var folder: String?
        @Option(help: "Back up every N hours (1–168).") var everyHours: Int?
        @Option(help: "Keep the K newest backups of the folder (1–365).") var keep: Int?
        @Flag(help: "Stop the scheduled backup.") var off = false

        func run() throws {
            try CommandFailure.reporting {
                if off {
                    try signIn.run { database, session, _ in try database.stopBackupSchedule(as: session) }
                    print("off")
                    return
                }
                guard let folder else { throw ValidationError(field: N_("Backup folder"), N_("give --folder, or --off")) }
                guard let everyHours else {
                    throw ValidationError(field: N_("Every (hours)"), N_("give --every-hours"))
                }
                guard let keep else { throw ValidationError(field: N_("Keep"), N_("give --keep")) }
                try signIn.run { database, session, _ in
                    let passphrase = try BackupCommand.passphrase(repeating: true)
                    try database.setBackupSchedule(folder: folder, everyHours: everyHours, keep: keep,
                                                   passphrase: passphrase, as: session)
                }
                print("on\tevery \(everyHours) h\tkeep \(keep)\t\(folder)")
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The scheduled backup in force and its latest runs, newest first.")
        @OptionGroup var store: StoreOptions
        @Option(help: "How many runs to show.") var runs = 10
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let status = try store.openExisting(loadingReferenceData: false).backupSchedule(runs: runs)
                if json { try JSONOutput.print(BackupStatusRow(status)); return }
                if let s = status.schedule, s.isOn {
                    print(["on", "every \(s.everyHours ?? 0) h", "keep \(s.keep ?? 0)", s.folder ?? "", "set by \(s.setBy)",
                           AuditTimestamp.format(s.setAt)].joined(separator: "\t"))
                } else {
                    print(status.schedule.map { "off\tset by \($0.setBy)\t\(AuditTimestamp.format($0.setAt))" } ?? "off")
                }
                for run in status.runs { print(BackupRunRow(run).line) }
            }
        }
    }

    struct RunDue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run-due",
            abstract: "Make the scheduled backup if it is due (for a systemd timer or cron); exit 0 when not due.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            try CommandFailure.reporting {
                guard let run = try store.openExisting(loadingReferenceData: false).runScheduledBackupIfDue() else {
                    print("not due")
                    return
                }
                print(BackupRunRow(run).line)
                if run.outcome == .failed { throw ValidationError(field: N_("Backup"), N_("the scheduled backup failed: %@"), run.message) }
            }
        }
    }
}
