import ArgumentParser
import ZhongaiApp
import ZhongaiDomain
import ZhongaiStore

/// `zhongai code next`: issues and records the next archive code (ARC-01..06), as a signed-in worker.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code", abstract: "Archive codes.", subcommands: [Next.self])

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue, record and print the next archive code.",
            discussion: """
                A code opens a new piece of work held by the worker, so issuing it is allowed to whoever may \
                create that worker's records: the worker, and the supervisors up the chain.
                """)

        @OptionGroup var signIn: SignInOptions
        @Option(help: "The worker's staff code (default: your own).") var worker: String?
        @Option(help: "Nature: C 个案, G 小组, P 活动, F 建档, V 探访, I 咨询.") var nature: String
        @Option(help: "Town or subdistrict name.") var town: String
        @Option(help: "Sector code, e.g. REH.") var sector: String
        @Option(help: "Date of opening, YYYY-MM-DD.") var date: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                guard let parsedNature = ServiceNature(rawValue: nature.uppercased()) else {
                    throw ValidationError(field: N_("Nature"), N_("“%@” is not one of C, G, P, F, V, I"), nature, rule: "ARC-04")
                }
                let opened = try CalendarDate(parsing: date)
                let code = try signIn.run { database, session, _ in
                    let holder = worker?.trimmingCharacters(in: .whitespaces).uppercased() ?? session.workerCode
                    return try database.issueArchiveCode(workerCode: holder, nature: parsedNature, townName: town,
                                                         sectorCode: sector, date: opened, by: session)
                }
                if json { try JSONOutput.print(["code": code.description]) } else { print(code) }
            }
        }
    }
}
