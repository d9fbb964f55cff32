import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai publicity`: Outreach and newsletters (IND-01).
struct PublicityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publicity", abstract: "Outreach and newsletters (IND-01).",
        subcommands: [])
}
