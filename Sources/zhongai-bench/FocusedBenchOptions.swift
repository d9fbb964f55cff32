import ArgumentParser
import Foundation

/// What the focused benchmarks (`signin`, `indicators`) share: the new database file they build, the reference data
/// it starts from, and where their Markdown section goes.
struct FocusedBenchOptions: ParsableArguments {
    @Option(help: "The database file to create.") var db: String
    @Option(help: "The reference data folder.") var data = "data"
    @Flag(help: "Replace the file if it exists.") var force = false
    @Option(help: "Also write the Markdown section to this file.") var report: String?

    var dataFolder: URL { URL(fileURLWithPath: data) }

    /// Removes an earlier file (with its WAL) when `--force` allows it; refuses otherwise.
    func clearDatabaseFile() throws {
        guard FileManager.default.fileExists(atPath: db) else { return }
        guard force else { throw BenchFailure("\(db) exists: give --force to replace it") }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
    }

    /// Prints the section and writes it to `--report` when given.
    func publish(_ text: String) throws {
        print(text)
        if let report { try text.write(toFile: report, atomically: true, encoding: .utf8) }
    }
}
