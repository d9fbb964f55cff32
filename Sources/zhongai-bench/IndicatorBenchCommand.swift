import ArgumentParser
import Foundation

/// `zhongai-bench indicators --db FILE`: the annual indicators at scale (issue 8): a centre of 300 workers with
/// ten years of records generated directly in SQL, then `indicatorSheets(year:)` for every worker beside one
/// hand-written aggregate query over the same rows in the same run. Prints a Markdown section for BENCHMARKS.md.
struct IndicatorBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators", abstract: "Benchmark the annual indicator sheets of a whole centre (issue 8).")

    @Option(help: "The database file to create.") var db: String
    @Option(help: "The reference data folder.") var data = "data"
    @Option(help: "Workers of the generated centre.") var workers = 300
    @Option(help: "Years of records, ending this year.") var years = 10
    @Option(help: "Timed runs of each (after one untimed).") var runs = 7
    @Flag(help: "Replace the file if it exists.") var force = false
    @Option(help: "Also write the Markdown section to this file.") var report: String?

    func run() throws {
        if FileManager.default.fileExists(atPath: db) {
            guard force else { throw BenchFailure("\(db) exists: give --force to replace it") }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        }
        let setUp = try IndicatorBenchmark.prepare(path: db, data: URL(fileURLWithPath: data), workers: workers,
                                                   years: years)
        let result = try IndicatorBenchmark.measure(setUp, runs: runs)
        let text = IndicatorBenchmark.markdown(setUp: setUp, result: result, command: """
            zhongai-bench indicators --db indicators.sqlite --workers \(workers) --years \(years) --runs \(runs) --force
            """)
        print(text)
        if let report { try text.write(toFile: report, atomically: true, encoding: .utf8) }
    }
}
