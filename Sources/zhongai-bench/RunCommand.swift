import ArgumentParser
import Foundation
import GRDB
import ZhongaiDomain
import ZhongaiStore

/// `zhongai-bench run --db FILE [--empty FILE] [--zhongai BIN] [--report BENCHMARKS.md]`: every benchmark beside
/// its baseline, measured in this one run. Writes to the database (service records, sign-ins), so run it on a copy.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run the benchmarks and write the report.")

    @Option(help: "The large generated database (a copy: the durable-write benchmark adds records).") var db: String
    @Option(help: "A database with the example centre only, for the memory baseline.") var empty: String?
    @Option(help: "The zhongai program, for start-up to first window (needs Xvfb and xdotool).") var zhongai: String?
    @Option(help: "Runs per figure.") var runs = 30
    @Option(help: "Write the Markdown report here.") var report: String?
    @Option(help: "How the database was generated, for the report.") var generatedBy = ""
    @Option(help: "Generation time in seconds, for the report.") var generationSeconds: Double?
    @Option(help: "Timed durable sign-ins (and as many bare inserts), alternating.") var signIns = 2000
    @Option(help: "Members of the roster searched per keystroke.") var roster = 500

    func run() throws {
        let password = GenerationOptions().password
        let counts = try DatabaseQueue(path: db).read { db in try CentreGenerator.rowCounts(db) }
        let store = try StoreBenchmarks(path: db, password: password, runs: runs).run()
        var comparisons = store.comparisons
        let database = try AppDatabase.open(path: db)
        comparisons.append(try durableSignIn(database, password: password))
        let search = RosterSearchBenchmark(members: roster).run()
        comparisons.append(Comparison(title: "Roster search per keystroke, \(roster) members (every prefix of 100 "
                                          + "members' names, initials and last four digits)",
                                      program: search.perKeystroke, baseline: search.plainScan))
        comparisons.append(try indicators(database, password: password))
        comparisons.append(try ListModelBenchmark(rows: store.everyCase, runs: max(5, runs / 2)).run())
        if let empty { comparisons += try memory(large: db, empty: empty) }
        if let zhongai { comparisons.append(try StartupBenchmark(zhongai: zhongai, database: db, runs: max(5, runs / 3)).run()) }
        let text = try BenchReport(comparisons: comparisons, database: db, generatedBy: generatedBy,
                                   generationSeconds: generationSeconds, runs: runs,
                                   options: "--sign-ins \(signIns) --roster \(roster)", counts: counts).markdown()
        print(text)
        if let report { try (text + Self.laterSections(of: report)).write(toFile: report, atomically: true, encoding: .utf8) }
    }

    /// `recordSignIn` on a generated activity vs a bare insert of the same row into the same table, alternating.
    private func durableSignIn(_ database: AppDatabase, password: String) throws -> Comparison {
        let setUp = try SignInBenchmark.onGenerated(path: db, database: database, password: password, timed: signIns)
        let durable = try SignInBenchmark.measure(setUp, count: signIns)
        return Comparison(title: "Durable sign-in (recordSignIn) on a generated activity of \(setUp.registrations.count) "
                              + "registered, \(setUp.existingSignIns) sign-ins in the file",
                          program: durable.program, baseline: durable.baseline)
    }

    /// Last year's sheets of every worker as the chair vs the bare aggregate query, alternating.
    private func indicators(_ database: AppDatabase, password: String) throws -> Comparison {
        let session = try IndicatorBenchmark.chairSession(database, path: db, password: password)
        let year = CalendarDate.today(now: Date()).year - 1
        let oneWorker = try DatabaseQueue(path: db).read { db in
            try String.fetchOne(db, sql: "SELECT createdBy FROM programme ORDER BY id LIMIT 1")
        } ?? session.workerCode
        let result = try IndicatorBenchmark.measure(path: db, database: database, session: session, year: year,
                                                    oneWorkerCode: oneWorker, runs: max(3, runs / 3))
        guard result.agree else {
            throw BenchFailure("indicator totals differ from the bare query: " + result.mismatches.joined(separator: "; "))
        }
        return Comparison(title: "The year's indicator sheets (indicatorSheets(year: \(year)), \(result.sheets) sheets "
                              + "as the chair; same totals as the baseline)",
                          program: result.program, baseline: result.baseline)
    }

    /// The report's sections from "## This run" on: notes written by hand, which this run must not drop.
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
