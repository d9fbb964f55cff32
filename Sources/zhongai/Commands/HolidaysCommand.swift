import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// `zhongai holidays list|import`: the published holiday calendar (CASE-06), extended each year from the
/// State Council's notice in the format of data/holidays.txt.
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays", abstract: "The holiday calendar: list and import.", subcommands: [List.self, Import.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the published years and their days.")

        @OptionGroup var signIn: SignInOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                let schedule = try signIn.run { database, _, _ in try database.holidaySchedule() }
                if json {
                    try JSONOutput.print(HolidayListing(years: schedule.publishedYears, days: schedule.days))
                    return
                }
                for year in schedule.publishedYears { print("year\t\(year.year)\t\(year.source)") }
                for day in schedule.days { print("\(day.kind.rawValue)\t\(day.date)\t\(day.name)") }
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add the years of a holiday file (roles that manage reference data: 系统管理员).")

        @OptionGroup var signIn: SignInOptions
        @Argument(help: "A holiday file in the format of data/holidays.txt.") var file: String
        @Flag(help: "Replace a year already stored with other days (a correction).") var replace = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try CommandFailure.reporting {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw ValidationError(field: N_("Holiday file"), N_("cannot read %@"), file)
                }
                let years = try signIn.run { database, session, _ in
                    try database.importHolidays(text: text, replacingExisting: replace, by: session)
                }
                if json { try JSONOutput.print(["years": years]); return }
                print(years.isEmpty ? MainActor.assumeIsolated { tr("Nothing new: every year in the file is already stored.") }
                                    : years.map(String.init).joined(separator: " "))
            }
        }
    }
}
