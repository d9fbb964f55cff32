import ArgumentParser

/// `zhongai supervision`: Supervision sessions, compliance and monthly reports (issue 6; being built).
struct SupervisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "supervision", abstract: "Supervision sessions, compliance and monthly reports (issue 6; being built).")
}
