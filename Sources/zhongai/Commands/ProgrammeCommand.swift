import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai programme`: Groups and activities (小组/活动): plans, registrations, sessions, reports.
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme", abstract: "Groups and activities (小组/活动): plans, registrations, sessions, reports.",
        subcommands: [])
}
