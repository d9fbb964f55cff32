import ArgumentParser
import ZhongaiDomain
import ZhongaiStore

/// `zhongai visit add|list|show`: outreach visits (探访; CONS-02), each a protected record with its own archive code of
/// nature V, as a signed-in worker. A visit written after its day is kept and flagged (INTAKE-04).
struct VisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit", abstract: "Visits: record one, list and show them.",
        subcommands: [Add.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a visit; prints its archive code (ARC-01). Each visit has its own code (CONS-02).")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("client-id"), help: ArgumentHelp("The client's id.", valueName: "ID")) var clientID: String
        @Option(help: ArgumentHelp("The day of the visit, YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var date: String?
        @Option(help: ArgumentHelp("How long it lasted.", valueName: "MINUTES")) var minutes: Int
        @Option(help: ArgumentHelp("Where.", valueName: "TEXT")) var place: String
        @Option(help: ArgumentHelp("Why the visit was made.", valueName: "TEXT")) var purpose: String
        @Option(help: ArgumentHelp("What was seen and done.", valueName: "TEXT")) var content: String
        @Option(help: ArgumentHelp("The worker who holds the record (default: you).", valueName: "CODE")) var holder: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = VisitDraft(
                    clientID: clientID,
                    date: try date.map { try CalendarDate(parsing: $0, field: N_("Visit date")) } ?? CalendarDate.today(),
                    durationMinutes: minutes, place: place, purpose: purpose, content: content, holderCode: holder)
                let visit = try signIn.run { database, session, _ in try database.recordVisit(draft, as: session) }
                if json { try JSONOutput.print(VisitRow(visit)) } else { print(visit.code) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the visits your role reaches in time order (CONS-02), clients' names and places masked. "
                + "The look is logged.")

        @OptionGroup var signIn: SignInOptions
        @Option(name: .customLong("client-id"), help: ArgumentHelp("Only this client's.", valueName: "ID")) var clientID: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let found = try signIn.run { database, session, _ in try database.visitList(clientID: clientID, as: session) }
                if json { try JSONOutput.print(found.map(VisitSummaryRow.init)); return }
                for entry in found {
                    let s = entry.summary
                    print([s.id, s.code, entry.clientName, s.date.description, entry.place, s.holderCode,
                           s.recordedLate ? "late" : ""].joined(separator: "\t"))
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one visit in full. The read is logged.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "The visit's id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let visit = try signIn.run { database, session, _ in
                    try database.visit(id: id.trimmingCharacters(in: .whitespaces), as: session)
                }
                let row = VisitRow(visit)
                if json { try JSONOutput.print(row); return }
                print([row.code, row.clientID, row.holderCode, row.date, String(row.durationMinutes), row.place,
                       row.purpose, row.content, row.recordedLate ? "late" : ""].joined(separator: "\t"))
            }
        }
    }
}
