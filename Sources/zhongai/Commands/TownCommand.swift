import ArgumentParser
import ZhongaiApp
import ZhongaiDomain
import ZhongaiStore

/// `zhongai town add|list` (ARC-02), as a signed-in worker.
struct TownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "town", abstract: "Towns and subdistricts: add and list.", subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a town and print its archive code (roles that manage reference data: 系统管理员).")

        @OptionGroup var signIn: SignInOptions
        @Option(help: "Town or subdistrict name.") var name: String
        @Option(help: "Archive code (default: place-name initials, told apart from other towns').") var code: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let town = try signIn.run { database, session, _ in
                    try database.addTown(name: name, code: code, by: session)
                }
                if json { try JSONOutput.print(town) } else { print(town.code) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List towns and their archive codes.")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Include deactivated towns.") var all = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let towns = try signIn.run { database, _, _ in try database.towns(includeInactive: all) }
                if json { try JSONOutput.print(towns); return }
                for t in towns { print("\(t.code)\t\(t.name)\(t.isActive ? "" : "\t(停用)")") }
            }
        }
    }
}
