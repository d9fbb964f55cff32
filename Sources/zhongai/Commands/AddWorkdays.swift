import ArgumentParser
import ZhongaiDomain

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
