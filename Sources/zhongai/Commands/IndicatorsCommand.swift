import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai indicators`: Annual service indicators of a worker or a team, with conversions (IND-01..06).
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators", abstract: "Annual service indicators of a worker or a team, with conversions (IND-01..06).",
        subcommands: [])
}
