import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai due`: What is due and overdue for a worker, by rule (待办).
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due", abstract: "What is due and overdue for a worker, by rule (待办).",
        subcommands: [])
}
