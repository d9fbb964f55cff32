import ArgumentParser
import ZhongaiApp
import ZhongaiDomain
import ZhongaiStore

/// `zhongai code next`: issues and records the next archive code (ARC-01..06).
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code", abstract: "Archive codes.", subcommands: [Next.self])

    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Issue, record and print the next archive code.")

        @OptionGroup var store: StoreOptions
        @Option(help: "The worker's staff code.") var worker: String
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
                let code = try store.openInitialized()
                    .issueArchiveCode(workerCode: worker, nature: parsedNature, townName: town, sectorCode: sector, date: opened)
                if json { try JSONOutput.print(["code": code.description]) } else { print(code) }
            }
        }
    }
}
