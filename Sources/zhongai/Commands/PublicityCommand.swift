import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai publicity`: Outreach and newsletters (IND-01).
struct PublicityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publicity", abstract: "Outreach and newsletters (IND-01).",
        subcommands: [Outreach.self, Newsletter.self, List.self])

    struct Outreach: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record an outreach and publicity event (外展宣传, one 次 for its worker, IND-01); prints its id.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The day, YYYY-MM-DD (default: today in China).", valueName: "DATE")) var date: String?
        @Option(help: ArgumentHelp("Where.", valueName: "TEXT")) var place: String
        @Option(help: ArgumentHelp("The theme.", valueName: "TEXT")) var theme: String
        @Option(help: ArgumentHelp("How many people it reached.", valueName: "N")) var people: Int
        @Option(help: ArgumentHelp("A note.", valueName: "TEXT")) var note = ""
        @Option(help: ArgumentHelp("The worker who ran it (default: you).", valueName: "CODE")) var worker: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = OutreachDraft(
                    heldOn: try date.map { try CalendarDate(parsing: $0, field: N_("Outreach date")) } ?? CalendarDate.today(),
                    place: place, theme: theme, peopleReached: people, note: note, workerCode: worker)
                let outreach = try signIn.run { database, session, _ in try database.recordOutreach(draft, as: session) }
                if json { try JSONOutput.print(PublicityRow(outreach)) } else { print(outreach.id) }
            }
        }
    }

    struct Newsletter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a newsletter issue (服务简报, one 期 for its worker, IND-01); prints its id.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The issue as printed, e.g. 2026年第3期.", valueName: "TEXT")) var issue: String
        @Option(help: ArgumentHelp("Its title.", valueName: "TEXT")) var title: String
        @Option(help: ArgumentHelp("The day it came out, YYYY-MM-DD (default: today in China).", valueName: "DATE"))
        var date: String?
        @Option(help: ArgumentHelp("The worker who wrote it (default: you).", valueName: "CODE")) var worker: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let draft = NewsletterDraft(
                    issue: issue, title: title,
                    publishedOn: try date.map { try CalendarDate(parsing: $0, field: N_("Published on")) } ?? CalendarDate.today(),
                    workerCode: worker)
                let newsletter = try signIn.run { database, session, _ in try database.recordNewsletter(draft, as: session) }
                if json { try JSONOutput.print(PublicityRow(newsletter)) } else { print(newsletter.id) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the outreach events and newsletters your role reaches, latest first. The look is logged.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("Only this year's.", valueName: "YYYY")) var year: Int?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let rows = try signIn.run { database, session, _ in
                    try database.outreachEvents(year: year, as: session).map(PublicityRow.init)
                        + database.newsletters(year: year, as: session).map(PublicityRow.init)
                }
                if json { try JSONOutput.print(rows); return }
                for row in rows {
                    print([row.kind, row.id, row.date, row.workerCode, row.title, row.detail].joined(separator: "\t"))
                }
            }
        }
    }
}
