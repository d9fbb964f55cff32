import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiSpreadsheet
import ZhongaiStore

/// `zhongai report monthly|summary|write|submit|approve|return|list`: monthly reports (CHK-01, ARC-07) and
/// half-year and annual summaries (CHK-03), as a signed-in worker. A report is named by its id or by
/// CODE:PERIOD (WM:2026-03, WM:2026-H1, WM:2026).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Monthly reports and half-year and annual summaries (CHK-01, CHK-03).",
        subcommands: [Monthly.self, Summary.self, Write.self, Submit.self, Approve.self, Return.self, List.self])

    struct Monthly: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft a worker's monthly report if none exists and write it as PDF, or its statistics as .xlsx.",
            discussion: "The file is a PDF unless its name ends in .xlsx. The export is logged.")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The worker's staff code.", valueName: "CODE")) var worker: String
        @Option(help: ArgumentHelp("The month, YYYY-MM.", valueName: "MONTH")) var month: String
        @Option(help: ArgumentHelp("The file to write (.pdf or .xlsx).", valueName: "FILE")) var out: String
        @Flag(help: "Print the report as JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let period = try WorkReportPeriod(parsing: month)
                guard period.kind == .monthly else {
                    throw ValidationError(field: N_("Period"), N_("“%@” is not a month: write YYYY-MM"), month)
                }
                try ReportCommand.export(signIn: signIn, worker: worker, period: period, out: out, json: json)
            }
        }
    }

    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft a worker's half-year or annual summary if none exists and write it (CHK-03).")

        @OptionGroup var signIn: SignInOptions
        @Option(help: ArgumentHelp("The worker's staff code.", valueName: "CODE")) var worker: String
        @Option(help: ArgumentHelp("The first half of a year, YYYY-H1.", valueName: "HALF")) var half: String?
        @Option(help: ArgumentHelp("The year.", valueName: "YEAR")) var year: String?
        @Option(help: ArgumentHelp("The file to write (.pdf or .xlsx).", valueName: "FILE")) var out: String
        @Flag(help: "Print the report as JSON.") var json = false

        func validate() throws {
            if (half == nil) == (year == nil) { throw ValidationError(field: N_("Period"), N_("give --half or --year")) }
        }

        func run() throws {
            try CommandFailure.reporting {
                let period = try WorkReportPeriod(parsing: half ?? year ?? "")
                guard period.kind == (half == nil ? .annual : .halfYear) else {
                    throw ValidationError(field: N_("Period"), N_("“%@” is not a period: write YYYY-MM, YYYY-H1 or YYYY"),
                                          half ?? year ?? "")
                }
                try ReportCommand.export(signIn: signIn, worker: worker, period: period, out: out, json: json)
            }
        }
    }

    struct Write: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the text of a draft: summary, reflections, problems, plan, work log; drafts it if needed.",
            discussion: "A part not given is kept. A log line is \"YYYY-MM-DD what was done\" (repeat --log).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The report: its id or CODE:PERIOD.", valueName: "REPORT")) var report: String
        @Option(help: ArgumentHelp("The work summary (工作总结).", valueName: "TEXT")) var summary: String?
        @Option(help: ArgumentHelp("Reflections (反思).", valueName: "TEXT")) var reflections: String?
        @Option(help: ArgumentHelp("Problems met.", valueName: "TEXT")) var problems: String?
        @Option(help: ArgumentHelp("The plan for the next period.", valueName: "TEXT")) var plan: String?
        @Option(help: ArgumentHelp("A work-log line, \"YYYY-MM-DD text\" (repeat; replaces the log).",
                                   valueName: "LINE"))
        var log: [String] = []
        @Flag(help: "Draw the statistics again from the records.") var refresh = false
        @Flag(help: "Print the report as JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let lines = try WorkLogLine.parse(log.joined(separator: "\n"))
                let saved = try signIn.run { database, session, _ in
                    var current = try ReportCommand.resolve(report, database: database, session: session)
                    var text = current.text
                    if let summary { text.summary = summary }
                    if let reflections { text.reflections = reflections }
                    if let problems { text.problems = problems }
                    if let plan { text.plan = plan }
                    if !log.isEmpty { text.workLog = lines }
                    if text != current.text {
                        current = try database.saveWorkReportText(id: current.id, text: text, as: session)
                    }
                    if refresh { current = try database.refreshWorkReportStatistics(id: current.id, as: session) }
                    return current
                }
                if json { try JSONOutput.print(saved) } else { print(saved.id) }
            }
        }
    }

    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Submit your report to your supervisor; its statistics are frozen with it.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The report: its id or CODE:PERIOD.", valueName: "REPORT")) var report: String
        @Flag(help: "Print the report as JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let submitted = try signIn.run { database, session, _ in
                    let found = try ReportCommand.resolve(report, database: database, session: session)
                    return try database.submitWorkReport(id: found.id, as: session)
                }
                if json { try JSONOutput.print(submitted) } else { print("submitted to \(submitted.reviewerCode ?? "")") }
            }
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Approve a submitted report of your supervisee.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The report: its id or CODE:PERIOD.", valueName: "REPORT")) var report: String
        @Option(help: ArgumentHelp("A remark with the approval.", valueName: "TEXT")) var comment = ""
        @Flag(help: "Print the report as JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let approved = try signIn.run { database, session, _ in
                    let found = try ReportCommand.resolve(report, database: database, session: session)
                    return try database.approveWorkReport(id: found.id, comment: comment, as: session)
                }
                if json { try JSONOutput.print(approved) } else { print("approved") }
            }
        }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "return", abstract: "Return a submitted report to its worker with the reason.")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: ArgumentHelp("The report: its id or CODE:PERIOD.", valueName: "REPORT")) var report: String
        @Option(help: ArgumentHelp("Why it goes back.", valueName: "TEXT")) var reason: String
        @Flag(help: "Print the report as JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let returned = try signIn.run { database, session, _ in
                    let found = try ReportCommand.resolve(report, database: database, session: session)
                    return try database.returnWorkReport(id: found.id, reason: reason, as: session)
                }
                if json { try JSONOutput.print(returned) } else { print("returned") }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the reports you reach, newest period first.")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let reports = try signIn.run { database, session, _ in try database.workReports(as: session) }
                let rows = reports.map(ReportRow.init)
                if json { try JSONOutput.print(rows); return }
                for row in rows {
                    print([row.id, row.worker, row.period, row.kind, row.state, row.submittedOn ?? "",
                           row.reviewer ?? ""].joined(separator: "\t"))
                }
            }
        }
    }

    /// A report by id, or by CODE:PERIOD — drafted when none exists yet (the due board's key).
    static func resolve(_ text: String, database: AppDatabase, session: Session) throws -> WorkReport {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let key = WorkReport.parseKey(trimmed) {
            return try database.draftWorkReport(workerCode: key.workerCode, period: key.period, as: session)
        }
        return try database.workReport(id: trimmed, as: session)
    }

    /// Drafts the report if none exists, reads it for export (logged) and writes the PDF or the .xlsx.
    static func export(signIn: SignInOptions, worker: String, period: WorkReportPeriod, out: String, json: Bool) throws {
        let (report, reviewer, policy) = try signIn.run { database, session, _ in
            let drafted = try database.draftWorkReport(workerCode: worker, period: period, as: session)
            let report = try database.workReport(id: drafted.id, as: session, for: .export)
            return (report, try report.reviewerCode.flatMap { try database.worker(code: $0) }?.name,
                    try database.policy())
        }
        try MainActor.assumeIsolated {
            let style = DocumentStyle(fontSizePoints: policy[.documentFontSizePoints],
                                      lineSpacing: policy[.documentLineSpacing])
            if out.lowercased().hasSuffix(".xlsx") {
                try MonthlyStatisticsWorkbook(report: report, translate: tr).write(to: out)
            } else {
                try DocumentPrinter(style: style).exportPDF(
                    MonthlyReportDocument(translate: tr).document(report, reviewerName: reviewer), to: out)
            }
        }
        if json { try JSONOutput.print(ReportRow(report)) } else { print(out) }
    }
}
