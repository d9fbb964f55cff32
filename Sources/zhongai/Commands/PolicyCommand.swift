import ArgumentParser
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk

/// `zhongai policy list|set`: the numbers of the rule book, each with the clause it comes from, as a signed-in
/// worker; a change is in the audit log.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "The policy table: list and change values.", subcommands: [List.self, Set.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every policy value with its unit and clause.")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let entries = try signIn.run { database, _, _ in try database.policyEntries() }
                if json { try JSONOutput.print(entries); return }
                for e in entries {
                    let unit = MainActor.assumeIsolated { tr(e.unit.title) }
                    print("\(e.key.rawValue)\t\(e.valueText) \(unit)\t\(e.clause)")
                }
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change one policy value (roles that manage reference data: 系统管理员).")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Print JSON.") var json = false
        @Argument(help: "Policy key, as `zhongai policy list` shows it.") var key: String
        // Collected raw so that a negative number reaches the store's refusal instead of being taken for an option.
        @Argument(parsing: .allUnrecognized, help: "New value.") var value: [String]

        func run() throws {
            try CommandFailure.reporting {
                let entry = try signIn.run { database, session, _ in
                    try database.setPolicyValue(key: key, value: value.joined(separator: " "), by: session)
                }
                if json { try JSONOutput.print(entry) } else { print("\(entry.key.rawValue)\t\(entry.valueText)") }
            }
        }
    }
}
