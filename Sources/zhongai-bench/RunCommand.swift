import ArgumentParser
import Foundation
import GRDB

/// `zhongai-bench run --db FILE [--empty FILE] [--zhongai BIN] [--report BENCHMARKS.md]`: every benchmark beside
/// its baseline, measured in this one run. Writes to the database (service records), so run it on a copy.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmarks and write the report.")

    @Option(help: "The large generated database (a copy: the durable-write benchmark adds records).") var db: String
    @Option(help: "A database with the example centre only, for the memory baseline.") var empty: String?
    @Option(help: "The zhongai program, for start-up to first window (needs Xvfb and xdotool).") var zhongai: String?
    @Option(help: "Runs per figure.") var runs = 30
    @Option(help: "Write the Markdown report here.") var report: String?
    @Option(help: "How the database was generated, for the report.") var generatedBy = ""
    @Option(help: "Generation time in seconds, for the report.") var generationSeconds: Double?

    func run() throws {
        var comparisons = try StoreBenchmarks(path: db, password: GenerationOptions().password, runs: runs).run()
        if let empty { comparisons += try memory(large: db, empty: empty) }
        if let zhongai { comparisons.append(try StartupBenchmark(zhongai: zhongai, database: db, runs: max(5, runs / 3)).run()) }
        let text = try BenchReport(comparisons: comparisons, database: db, generatedBy: generatedBy,
                                   generationSeconds: generationSeconds, runs: runs).markdown()
        print(text)
        if let report { try (text + Self.laterSections(of: report)).write(toFile: report, atomically: true, encoding: .utf8) }
    }

    /// The report's sections from "## This run" on: notes by hand and the benchmarks with a command of their own
    /// (`signin`, `indicators`), which this run does not measure and must not drop.
    static func laterSections(of report: String) -> String {
        guard let old = try? String(contentsOfFile: report, encoding: .utf8),
              let start = old.range(of: "\n## This run") else { return "" }
        return String(old[start.lowerBound...])
    }

    /// Peak and final resident memory of a process that opens the database and lists every case, large vs empty.
    private func memory(large: String, empty: String) throws -> [Comparison] {
        func probe(_ path: String) throws -> (peak: Measurement, resident: Measurement) {
            let values = try (0..<3).map { _ -> [Double] in
                let child = try ChildProcess.start(CommandLine.arguments[0], ["memory", "--db", path], captureOutput: true)
                child.wait()
                let text = String(decoding: child.output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                let numbers = text.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
                guard numbers.count == 2 else { throw BenchFailure("memory probe failed on \(path): \(text)") }
                return numbers
            }
            return (Measurement(name: "example centre only", millisecondTimes: values.map { $0[0] }, unit: "MB"),
                    Measurement(name: "example centre only", millisecondTimes: values.map { $0[1] }, unit: "MB"))
        }
        let big = try probe(large), small = try probe(empty)
        return [Comparison(title: "Peak memory (maxrss) after open + list every case", program: big.peak,
                           baseline: small.peak),
                Comparison(title: "Resident memory (VmRSS) after open + list every case", program: big.resident,
                           baseline: small.resident)]
    }
}
