import ArgumentParser
import ZhongaiDomain

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
