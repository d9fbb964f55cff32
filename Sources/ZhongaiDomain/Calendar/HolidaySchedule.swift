/// The published Chinese holiday calendar: days off and make-up working days (调休) of the years whose schedule
/// the State Council has published. Rule CASE-06.
///
/// A year not listed in `publishedYears` has no schedule at all; `WorkingDayCalendar` then counts weekends only
/// and says so, rather than guessing its holidays.
public struct HolidaySchedule: Equatable, Sendable {
    private let yearsByNumber: [Int: PublishedHolidayYear]
    private let daysByDate: [CalendarDate: ScheduledDay]

    /// A schedule with no published year.
    public init() {
        yearsByNumber = [:]
        daysByDate = [:]
    }

    /// Rebuilds a schedule from plain values, as stored. Refuses a year published twice, a day in a year not
    /// published, a make-up working day that is not a Saturday or Sunday, and a date given twice (whether with
    /// the same kind or as both a day off and a working day).
    public init(publishedYears: [PublishedHolidayYear], days: [ScheduledDay]) throws {
        try self.init(publishedYears: publishedYears.map { ($0, nil) }, days: days.map { ($0, nil) },
                      field: N_("Holiday calendar"))
    }

    /// The validating init behind both the public one and `HolidayFile`, which passes the line each value
    /// comes from so that an error can name it.
    init(publishedYears: [(PublishedHolidayYear, line: Int?)], days: [(ScheduledDay, line: Int?)],
         field: String) throws {
        var years: [Int: (PublishedHolidayYear, line: Int?)] = [:]
        for (published, line) in publishedYears {
            guard (1...9999).contains(published.year) else {
                throw ValidationError(field: field, N_("%@ is not a year"), String(published.year), line: line)
            }
            if let earlier = years[published.year] {
                if let earlierLine = earlier.line {
                    throw ValidationError(field: field, N_("the year %@ is already declared on line %@"),
                                          String(published.year), String(earlierLine), line: line)
                }
                throw ValidationError(field: field, N_("the year %@ is declared twice"), String(published.year))
            }
            years[published.year] = (published, line)
        }
        var seen: [CalendarDate: (ScheduledDay, line: Int?)] = [:]
        for (day, line) in days {
            guard years[day.date.year] != nil else {
                throw ValidationError(field: field,
                                      N_("%@ is in %@, a year not declared as published (add a “year” line)"),
                                      day.date.description, String(day.date.year), line: line)
            }
            if day.kind == .makeUpWorkday && !day.date.isWeekend {
                throw ValidationError(field: field,
                                      N_("%@ is not a Saturday or Sunday, so it cannot be a make-up working day"),
                                      day.date.description, line: line)
            }
            if let earlier = seen[day.date] {
                throw Self.repeatedDate(day, earlier: earlier.0, earlierLine: earlier.line, line: line, field: field)
            }
            seen[day.date] = (day, line)
        }
        yearsByNumber = years.mapValues(\.0)
        daysByDate = seen.mapValues(\.0)
    }

    /// The published years, earliest first.
    public var publishedYears: [PublishedHolidayYear] {
        yearsByNumber.values.sorted { $0.year < $1.year }
    }

    /// Every day off and make-up working day, earliest first.
    public var days: [ScheduledDay] {
        daysByDate.values.sorted { $0.date < $1.date }
    }

    /// Whether the holiday calendar of `year` is known.
    public func isPublished(year: Int) -> Bool {
        yearsByNumber[year] != nil
    }

    /// The day off or make-up working day on `date`, if the calendar has one.
    public func scheduledDay(on date: CalendarDate) -> ScheduledDay? {
        daysByDate[date]
    }

    private static func repeatedDate(_ day: ScheduledDay, earlier: ScheduledDay, earlierLine: Int?, line: Int?,
                                     field: String) -> ValidationError {
        let date = day.date.description
        switch (earlier.kind == day.kind, earlierLine) {
        case (true, let earlierLine?):
            return ValidationError(field: field, N_("%@ is already declared on line %@"), date, String(earlierLine),
                                   line: line)
        case (true, nil):
            return ValidationError(field: field, N_("%@ is declared twice"), date)
        case (false, let earlierLine?):
            return ValidationError(field: field, N_("%@ is a day off and a working day: see line %@"), date,
                                   String(earlierLine), line: line)
        case (false, nil):
            return ValidationError(field: field, N_("%@ is declared both as a day off and as a working day"), date)
        }
    }
}
