import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai check`: Quarterly checks and employer visits (CHK-02, CHK-05).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Quarterly checks and employer visits (CHK-02, CHK-05).",
        subcommands: [])
}
