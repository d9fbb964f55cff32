import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai complaint`: The opinions and complaints register (CMP-01..03).
struct ComplaintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaint", abstract: "The opinions and complaints register (CMP-01..03).",
        subcommands: [])
}
