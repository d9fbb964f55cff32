import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai calendar …`: working days by the published holiday calendar with 调休 (CASE-06).
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Working-day arithmetic over the holiday calendar.",
        subcommands: [AddWorkdays.self, WorkdaysBetween.self])
}

/// Which holidays to count with: a file named on the command line, else the database's, else the shipped file.
struct HolidayOptions: ParsableArguments {
    @Option(help: "A holiday file in the format of data/holidays.txt.") var holidays: String?
    @OptionGroup var store: StoreOptions
    @Flag(help: "Print JSON.") var json = false

    func calendar() throws -> WorkingDayCalendar {
        if let holidays {
            guard let text = try? String(contentsOfFile: holidays, encoding: .utf8) else {
                throw ValidationError(field: N_("Holiday file"), N_("cannot read %@"), holidays)
            }
            return WorkingDayCalendar(schedule: try HolidayFile.parse(text, file: holidays))
        }
        if FileManager.default.fileExists(atPath: store.resolvedPath) {
            return WorkingDayCalendar(schedule: try AppDatabase.open(path: store.resolvedPath).holidaySchedule())
        }
        let shipped = InstallLayout.locate().dataDirectory.appendingPathComponent(HolidayFile.fileName)
        return WorkingDayCalendar(schedule: try HolidayFile.parse(String(contentsOf: shipped, encoding: .utf8)))
    }

    /// Prints the result, saying plainly when a year had no published schedule and weekends alone were counted.
    func report<Value: CustomStringConvertible>(_ result: WorkingDayResult<Value>) throws {
        if json {
            try JSONOutput.print(CalendarAnswer(value: result.value.description,
                                                assumedWeekendsOnlyYears: result.assumedWeekendsOnlyYears))
            return
        }
        print(result.value)
        if result.isProvisional {
            let years = result.assumedWeekendsOnlyYears.map(String.init).joined(separator: ", ")
            let warning = MainActor.assumeIsolated {
                trf("Note: no holiday schedule is published for %@; only weekends were counted there.", years)
            }
            FileHandle.standardError.write(Data((warning + "\n").utf8))
        }
    }
}

struct CalendarAnswer: Encodable {
    let value: String
    let assumedWeekendsOnlyYears: [Int]
}

struct AddWorkdays: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-workdays", abstract: "The date N working days after DATE.")

    @Argument(help: "Start date, YYYY-MM-DD.") var date: String
    @OptionGroup var options: HolidayOptions
    // Collected raw so that a negative number reaches our own check instead of being taken for an option.
    @Argument(parsing: .allUnrecognized, help: "Number of working days (0 or more).") var n: [String]

    func run() throws {
        try CommandFailure.reporting {
            let start = try CalendarDate(parsing: date)
            guard n.count == 1, let days = Int(n[0]) else {
                throw ValidationError(field: N_("N"), N_("give one whole number of working days, 0 or more"))
            }
            try options.report(try options.calendar().addingWorkingDays(days, to: start))
        }
    }
}

struct WorkdaysBetween: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workdays-between", abstract: "The number of working days from the first date to the second.")

    @Argument(help: "From, YYYY-MM-DD.") var from: String
    @Argument(help: "To, YYYY-MM-DD.") var to: String
    @OptionGroup var options: HolidayOptions

    func run() throws {
        try CommandFailure.reporting {
            let start = try CalendarDate(parsing: from, field: N_("From"))
            let end = try CalendarDate(parsing: to, field: N_("To"))
            try options.report(options.calendar().workingDays(from: start, to: end))
        }
    }
}
