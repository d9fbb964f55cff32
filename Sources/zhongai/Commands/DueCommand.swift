import ArgumentParser
import Foundation
import ZhongaiDomain
import ZhongaiStore

/// `zhongai due`: What is due and overdue for a worker, by rule (待办).
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due", abstract: "What is due and overdue for a worker, by rule (待办).",
        discussion: """
            Lists, most urgent first, every open item the signed-in worker reaches: case deadlines, approval \
            requests, supervision records to confirm and meetings owed, group and activity deadlines (C1–C3 with \
            both clauses), safety inspections, selection dates, reports, complaints, checks and archive handovers. \
            One line each: due day, status, rule, owner, subject, what is due, detail.
            """)

    @OptionGroup var signIn: SignInOptions
    @Option(help: ArgumentHelp("Only the items this worker owes (yourself or a worker in your reach).",
                               valueName: "CODE"))
    var worker: String?
    @Option(help: ArgumentHelp("mine, team (yours and those you supervise) or all in reach (default).",
                               valueName: "SCOPE"))
    var scope: String = DueScope.all.rawValue
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try CommandFailure.reporting {
            guard let chosen = DueScope(rawValue: scope.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError(field: N_("Scope"), N_("“%@” is not mine, team or all"), scope)
            }
            let items = try signIn.run { database, session, _ in
                if let worker { return try database.dueItems(for: worker, as: session) }
                return try database.dueItems(as: session, scope: chosen)
            }
            if json { try JSONOutput.print(items.map(DueItemRow.init)); return }
            for d in items {
                print([d.dueOn?.description ?? "?", d.status.rawValue, d.rule, d.ownerCode,
                       "\(d.subject.kind.rawValue):\(d.subject.id)", d.title, d.detail].joined(separator: "\t"))
            }
        }
    }
}
