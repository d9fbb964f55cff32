import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiStore

/// `zhongai station --bundle FILE`: the venue sign-in station on an offline laptop (issue 5 item 3). Opens the
/// bundle exported in the office (`zhongai signin export-bundle`) and shows the kiosk alone, with no workbench;
/// leaving it asks for the bundle's passphrase and offers to write the sign-in batch for the office.
struct StationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "station",
        abstract: "Run the venue sign-in station on an offline laptop from a station bundle.")

    @Option(help: "The station bundle exported in the office (zhongai signin export-bundle).")
    var bundle: String

    @Option(name: .customLong("station-db"),
            help: "The station's own SQLite file (default: beside the bundle); reopened as it is after a restart.")
    var stationDB: String?

    @Option(name: .customLong("passphrase-file"),
            help: "Read the bundle's passphrase from this file instead of asking in a window (for tests and scripts).")
    var passphraseFile: String?

    func run() throws {
        let layout = InstallLayout.locate()
        let bundleURL = URL(fileURLWithPath: bundle)
        let station: StationDatabase? = try CommandFailure.reporting {
            guard let passphraseFile else { return nil }
            return try StationDatabase.open(bundle: bundleURL, passphrase: try Self.passphrase(from: passphraseFile),
                                            at: stationDB)
        }
        let status = MainActor.assumeIsolated {
            StationApplication(bundle: bundleURL, stationPath: stationDB, station: station, layout: layout).run()
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The file's first line: a passphrase file written by `echo` ends with a newline that is not part of it.
    private static func passphrase(from path: String) throws -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError(field: N_("Passphrase file"), N_("cannot read %@"), path)
        }
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard !line.isEmpty else { throw ValidationError(field: N_("Passphrase file"), N_("none was given")) }
        return line
    }
}
