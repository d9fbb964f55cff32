import ArgumentParser
import Foundation

/// `zhongai-bench signin --db FILE`: the sign-in station's figures (issue 5): durable sign-ins through the store
/// into a database already holding a million, beside a bare insert + commit of the same row into the same file in
/// the same run; and search-as-you-type over a 500-member roster. Prints a Markdown section for BENCHMARKS.md.
struct SignInBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signin", abstract: "Benchmark durable sign-ins and roster search (issue 5).")

    @OptionGroup var file: FocusedBenchOptions
    @Option(help: "Sign-ins already in the database before the timed ones.") var existing = 1_000_000
    @Option(help: "Timed sign-ins (and as many bare inserts).") var count = 10_000
    @Option(help: "Members of the roster searched.") var roster = 500

    func run() throws {
        try file.clearDatabaseFile()
        let setUp = try SignInBenchmark.prepare(path: file.db, data: file.dataFolder, existing: existing,
                                                timed: count)
        let durable = try SignInBenchmark.measure(setUp, count: count)
        let search = RosterSearchBenchmark(members: roster).run()
        let text = SignInBenchmark.markdown(setUp: setUp, durable: durable, search: search, command: """
            zhongai-bench signin --db signin.sqlite --existing \(existing) --count \(count) --roster \(roster) --force
            """)
        try file.publish(text)
    }
}
