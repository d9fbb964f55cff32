import ArgumentParser
import Foundation
import ZhongaiApp
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

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
