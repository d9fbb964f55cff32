import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai volunteer`: Volunteers, their trainings and service times (IND-01).
struct VolunteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volunteer", abstract: "Volunteers, their trainings and service times (IND-01).",
        subcommands: [])
}
