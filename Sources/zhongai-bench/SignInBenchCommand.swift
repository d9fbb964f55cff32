import ArgumentParser
import Foundation

/// `zhongai-bench signin --db FILE`: the sign-in station's figures (issue 5): durable sign-ins through the store
/// into a database already holding a million, beside a bare insert + commit of the same row into the same file in
/// the same run; and search-as-you-type over a 500-member roster. Prints a Markdown section for BENCHMARKS.md.
struct SignInBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signin", abstract: "Benchmark durable sign-ins and roster search (issue 5).")

    @Option(help: "The database file to create (the example centre, one activity and its sign-ins).") var db: String
    @Option(help: "The reference data folder.") var data = "data"
    @Option(help: "Sign-ins already in the database before the timed ones.") var existing = 1_000_000
    @Option(help: "Timed sign-ins (and as many bare inserts).") var count = 10_000
    @Option(help: "Members of the roster searched.") var roster = 500
    @Flag(help: "Replace the file if it exists.") var force = false
    @Option(help: "Also write the Markdown section to this file.") var report: String?

    func run() throws {
        if FileManager.default.fileExists(atPath: db) {
            guard force else { throw BenchFailure("\(db) exists: give --force to replace it") }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        }
        let setUp = try SignInBenchmark.prepare(path: db, data: URL(fileURLWithPath: data), existing: existing,
                                                timed: count)
        let durable = try SignInBenchmark.measure(setUp, count: count)
        let search = RosterSearchBenchmark(members: roster).run()
        let text = SignInBenchmark.markdown(setUp: setUp, durable: durable, search: search, command: """
            zhongai-bench signin --db signin.sqlite --existing \(existing) --count \(count) --roster \(roster) --force
            """)
        print(text)
        if let report { try text.write(toFile: report, atomically: true, encoding: .utf8) }
    }
}
