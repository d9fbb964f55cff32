import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai report`: Monthly reports and half-year and annual summaries (CHK-01, CHK-03).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Monthly reports and half-year and annual summaries (CHK-01, CHK-03).",
        subcommands: [])
}
