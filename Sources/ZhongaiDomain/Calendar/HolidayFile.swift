import Foundation

/// The plain-text holiday file (`data/holidays.txt`) that an office worker extends each year from the State
/// Council's notice (国务院办公厅关于部分节假日安排的通知). Rule CASE-06.
///
/// One statement a line; words are separated by spaces or tabs (a full-width space will do too):
///
///     # a comment: a line whose first non-blank character is #; blank lines are ignored
///     year 2026 国务院办公厅 2025-11-04        the year's schedule is published; then where (required)
///     off  2026-01-01..2026-01-03 元旦         days off: one date, or an inclusive range FROM..TO; then the holiday
///     work 2026-01-04 元旦调休                 a make-up working day (调休), a Saturday or Sunday; then its name
///
/// Dates are `YYYY-MM-DD`. The holiday name is optional. Weekends inside an `off` range are fine. Every `off`
/// and `work` date must be in a year declared by a `year` line somewhere in the file: a year without one is
/// unpublished, and the working-day calendar counts weekends only for it and says so.
///
/// Refused, with the line number: an unknown keyword, a malformed or non-existent date (2026-02-30), a range
/// whose end is before its start, a missing source on a `year` line, a day in an undeclared year, a `work` day
/// that is not a Saturday or Sunday, a year declared twice, a date given twice, a date both off and working.
public enum HolidayFile {
    /// The file's name in data/, which errors name by default.
    public static let fileName = "holidays.txt"

    /// Reads a holiday file; errors name `file` and the line.
    public static func parse(_ text: String, file: String = fileName) throws -> HolidaySchedule {
        var years: [(PublishedHolidayYear, line: Int?)] = []
        var days: [(ScheduledDay, line: Int?)] = []
        // A file saved by Windows Notepad may start with a byte-order mark and end lines with CR LF.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, rawLine) in lines.enumerated() {
            let lineNumber = index + 1
            let (keyword, afterKeyword) = splitFirstWord(Substring(rawLine))
            if keyword.isEmpty || keyword.hasPrefix("#") { continue }
            let (argument, rest) = splitFirstWord(afterKeyword)
            let name = String(rest)
            let keywordLowercased = keyword.lowercased()
            if keywordLowercased == "year" {
                guard argument.count == 4, argument.allSatisfy(\.isASCII), let year = Int(argument) else {
                    throw ValidationError(field: file, N_("“%@” is not a year of the form YYYY"), String(argument),
                                          line: lineNumber)
                }
                guard !name.isEmpty else {
                    throw ValidationError(field: file,
                                          N_("the year %@ needs its source after it, such as the notice and its date"),
                                          String(year), line: lineNumber)
                }
                years.append((PublishedHolidayYear(year: year, source: name), lineNumber))
            } else if let kind = ScheduledDayKind(rawValue: keywordLowercased) {
                for date in try dates(in: argument, line: lineNumber, field: file) {
                    days.append((ScheduledDay(date: date, kind: kind, name: name), lineNumber))
                }
            } else {
                throw ValidationError(field: file, N_("unknown keyword “%@”: a line starts with year, off or work"),
                                      String(keyword), line: lineNumber)
            }
        }
        return try HolidaySchedule(publishedYears: years, days: days, field: file)
    }

    /// The first word of `text` and what follows it, both trimmed.
    private static func splitFirstWord(_ text: Substring) -> (Substring, Substring) {
        let trimmed = text.drop(while: \.isWhitespace)
        let word = trimmed.prefix(while: { !$0.isWhitespace })
        var rest = trimmed.dropFirst(word.count).drop(while: \.isWhitespace)
        while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
        return (word, rest)
    }

    /// The dates of `DATE` or `FROM..TO`, inclusive.
    private static func dates(in argument: Substring, line: Int, field: String) throws -> [CalendarDate] {
        guard !argument.isEmpty else {
            throw ValidationError(field: field, N_("a date or a range FROM..TO is missing"), line: line)
        }
        let bounds = argument.components(separatedBy: "..")
        guard bounds.count <= 2 else {
            throw ValidationError(field: field, N_("“%@” is neither a date nor a range FROM..TO"), String(argument),
                                  line: line)
        }
        let first = try date(bounds[0], line: line, field: field)
        let last = bounds.count == 2 ? try date(bounds[1], line: line, field: field) : first
        guard first <= last else {
            throw ValidationError(field: field, N_("the range %@ ends before it starts"), String(argument),
                                  line: line)
        }
        return (first.dayNumber...last.dayNumber).map(CalendarDate.init(dayNumber:))
    }

    private static func date(_ text: String, line: Int, field: String) throws -> CalendarDate {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }), let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            throw ValidationError(field: field, N_("“%@” is not a date of the form YYYY-MM-DD"), text, line: line)
        }
        guard let date = try? CalendarDate(year: year, month: month, day: day) else {
            throw ValidationError(field: field, N_("%@ is not a date that exists"), text, line: line)
        }
        return date
    }
}
