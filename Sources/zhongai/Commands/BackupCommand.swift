import ArgumentParser

/// `zhongai backup`: Encrypted backups: backup, restore, check (issue 9; being built).
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup", abstract: "Encrypted backups: backup, restore, check (issue 9; being built).")
}
