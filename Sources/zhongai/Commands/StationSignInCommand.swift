import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai signin`: Sign-ins at the venue station, station bundles and batches, roll calls.
struct StationSignInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signin", abstract: "Sign-ins at the venue station, station bundles and batches, roll calls.",
        subcommands: [])
}
