import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai emergency`: Emergency plans, events and drills, their reports.
struct EmergencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emergency", abstract: "Emergency plans, events and drills, their reports.",
        subcommands: [])
}
