import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai backup create|restore|check|prune`: encrypted backups of the database (issue 9). The passphrase comes
/// from $ZHONGAI_BACKUP_PASSPHRASE, else it is asked on the terminal.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Encrypted backups: create, restore, check, prune.",
        subcommands: [Create.self, Restore.self, Check.self, Prune.self])

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
                let url = URL(fileURLWithPath: folder)
                let files = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.contentModificationDateKey])
                    .filter { $0.pathExtension == "zhongai-backup" }
                let expired = BackupRetention.expired(files, keep: keep) {
                    (try? $0.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
                }
                for file in expired {
                    try FileManager.default.removeItem(at: file)
                    print("deleted\t\(file.path)")
                }
            }
        }
    }
}
