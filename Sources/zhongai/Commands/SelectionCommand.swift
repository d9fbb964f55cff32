import ArgumentParser

/// `zhongai selection`: Supervisor selection rounds (issue 10; being built).
struct SelectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "selection", abstract: "Supervisor selection rounds (issue 10; being built).")
}
