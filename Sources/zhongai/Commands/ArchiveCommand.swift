import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai archive`: Quarterly archive handover, borrowing, checks and destruction (ARC-07..09, CONF-04..05).
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive", abstract: "Quarterly archive handover, borrowing, checks and destruction (ARC-07..09, CONF-04..05).",
        subcommands: [])
}
