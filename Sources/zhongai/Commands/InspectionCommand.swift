import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai inspection`: Workplace safety inspections (CHK-04).
struct InspectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspection", abstract: "Workplace safety inspections (CHK-04).",
        subcommands: [])
}
