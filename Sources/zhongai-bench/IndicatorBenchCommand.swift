import ArgumentParser
import Foundation

/// `zhongai-bench indicators --db FILE`: the annual indicators at scale (issue 8): a centre of 300 workers with
/// ten years of records generated directly in SQL, then `indicatorSheets(year:)` for every worker beside one
/// hand-written aggregate query over the same rows in the same run. Prints a Markdown section for BENCHMARKS.md.
struct IndicatorBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators", abstract: "Benchmark the annual indicator sheets of a whole centre (issue 8).")

    @OptionGroup var file: FocusedBenchOptions
    @Option(help: "Workers of the generated centre.") var workers = 300
    @Option(help: "Years of records, ending this year.") var years = 10
    @Option(help: "Timed runs of each (after one untimed).") var runs = 7

    func run() throws {
        try file.clearDatabaseFile()
        let setUp = try IndicatorBenchmark.prepare(path: file.db, data: file.dataFolder, workers: workers,
                                                   years: years)
        let result = try IndicatorBenchmark.measure(setUp, runs: runs)
        let text = IndicatorBenchmark.markdown(setUp: setUp, result: result, command: """
            zhongai-bench indicators --db indicators.sqlite --workers \(workers) --years \(years) --runs \(runs) --force
            """)
        try file.publish(text)
    }
}
