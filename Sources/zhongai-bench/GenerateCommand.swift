import ArgumentParser
import Foundation

/// `zhongai-bench generate --workers 300 --years 10 --cases 100000 --seed 1 --out FILE`.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write a large, realistic centre into a new database file.")

    @Option(help: "Workers in the centre, the example centre's included.") var workers = 300
    @Option(help: "Years of history.") var years = 10
    @Option(help: "Case files.") var cases = 100_000
    @Option(name: .customLong("records-per-case"), help: "Average service records per case.") var recordsPerCase = 5
    @Option(help: "Seed: the same seed and --until give the same centre.") var seed: UInt64 = 1
    @Option(help: "The last day of the history, YYYY-MM-DD (default: today in China).") var until: String?
    @Option(help: "The data/ folder of reference data.") var data = "data"
    @Option(help: "The new database file.") var out: String
    @Flag(help: "Replace the file if it exists.") var force = false

    func run() throws {
        if FileManager.default.fileExists(atPath: out) {
            guard force else { throw ValidationError("\(out) exists: pass --force to replace it") }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: out + suffix) }
        }
        let options = GenerationOptions(workers: workers, years: years, cases: cases, recordsPerCase: recordsPerCase,
                                        seed: seed)
        let generator = CentreGenerator(options: options, dataDirectory: URL(fileURLWithPath: data),
                                        lastDay: try lastDay())
        let started = Date()
        let counts = try generator.generate(path: out)
        let seconds = Date().timeIntervalSince(started)
        for (table, rows) in counts { print("\(table)\t\(rows)") }
        print(String(format: "generated in %.1f s: %@ (password of every account: %@)", seconds, out, options.password))
    }

    private func lastDay() throws -> DayNumber {
        guard let until else { return DayNumber.china(Date()) }
        let parts = until.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { throw ValidationError("--until: YYYY-MM-DD") }
        return DayNumber(year: parts[0], month: parts[1], day: parts[2])
    }
}
