import Foundation
import GRDB

/// BENCHMARKS.md: the machine, how to reproduce, the size of the database, and every figure beside its baseline.
struct BenchReport {
    let comparisons: [Comparison]
    let database: String
    let generatedBy: String
    let generationSeconds: Double?
    let runs: Int
    /// The run's other options, as given, for the reproduce line.
    let options: String
    /// Each table's rows before the benchmarks added theirs.
    let counts: [(table: String, rows: Int)]

    func markdown() throws -> String {
        let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
        var lines = [
            "# Benchmarks (issue 9)", "",
            "Written by `make bench` (\(Self.now())); every figure is beside its bare baseline measured in the same run.",
            "Times are the median of N runs with the 95th percentile in brackets; memory is the median of 3 processes.",
            "", "## Machine", "", Self.machine(), "",
            "## Reproduce", "", "```sh", "make bench", "# which runs:", generatedBy,
            "zhongai-bench generate --cases 0 --workers 0 --seed 1 --out empty.sqlite",
            "cp large.sqlite work.sqlite",
            "zhongai-bench run --db work.sqlite --empty empty.sqlite --zhongai .build-bench/release/zhongai --runs \(runs) \(options) --report BENCHMARKS.md",
            "```", "",
            "## The database", "",
            String(format: "%.0f MB; generated in %@. Rows as generated (before this run's writes):", Double(size) / 1_048_576,
                   generationSeconds.map { String(format: "%.0f s", $0) } ?? "an earlier run"),
            "", "| Table | Rows |", "|---|---|",
        ]
        lines += counts.map { "| \($0.table) | \($0.rows) |" }
        lines += ["", "## Figures", "", Comparison.tableHeader]
        lines += comparisons.map(\.tableRow)
        lines += ["", "The ratio is program ÷ baseline (medians). Both memory figures sign in first, so the peak includes the "
                  + "64 MB of Argon2id in both processes; the resident set after the list is what the data holds. The "
                  + "search and list figures include each case's next deadline, which the bare queries do not compute.",
                  ""]
        return lines.joined(separator: "\n")
    }

    private static func now() -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date())
    }

    private static func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map(String.init) ?? "" }?
            .trimmingCharacters(in: .whitespaces) ?? "unknown"
        let memory = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("MemTotal") }.map(String.init) ?? ""
        let sqlite = (try? DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()") }) ?? nil
        return "- CPU: \(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores\n- \(memory)\n"
            + "- OS: \(ProcessInfo.processInfo.operatingSystemVersionString)\n- SQLite \(sqlite ?? "?")"
    }
}
