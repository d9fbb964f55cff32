/// Working days as the published Chinese holiday calendar makes them: Monday to Friday unless a day off, plus the
/// Saturdays and Sundays made working days (调休). Rule CASE-06.
///
/// Every answer says which unpublished years it touched: for those it counts weekends only (see
/// `WorkingDayResult`).
public struct WorkingDayCalendar: Sendable {
    /// The published days off and make-up working days.
    public let schedule: HolidaySchedule

    /// A calendar following `schedule`.
    public init(schedule: HolidaySchedule) {
        self.schedule = schedule
    }

    /// Whether people work on `date`: a weekday that is not a day off, or a make-up working day.
    public func isWorkingDay(_ date: CalendarDate) -> WorkingDayResult<Bool> {
        WorkingDayResult(value: works(on: date), assumedWeekendsOnlyYears: unpublishedYears(from: date, through: date))
    }

    /// The `n`th working day after `date`; the deadline "within n working days" of `date` (CASE-06: the second
    /// contact within 7 working days of opening). `date` itself never counts when `n` ≥ 1, so on a Friday
    /// before an ordinary weekend one working day later is Monday.
    ///
    /// `n` = 0 gives `date` itself if it is a working day, else the next working day: the first day work can
    /// happen on. A negative `n` is refused.
    public func addingWorkingDays(_ n: Int, to date: CalendarDate) throws -> WorkingDayResult<CalendarDate> {
        guard n >= 0 else {
            throw ValidationError(field: N_("N"), N_("%@ must be 0 or more"), String(n))
        }
        var current = date
        if n == 0 {
            while !works(on: current) { current = current.adding(days: 1) }
            return WorkingDayResult(value: current,
                                    assumedWeekendsOnlyYears: unpublishedYears(from: date, through: current))
        }
        var remaining = n
        while remaining > 0 {
            current = current.adding(days: 1)
            if works(on: current) { remaining -= 1 }
        }
        return WorkingDayResult(value: current,
                                assumedWeekendsOnlyYears: unpublishedYears(from: date.adding(days: 1),
                                                                           through: current))
    }

    /// The number of working days after `from` up to and including `to`, that is in (`from`, `to`]: the
    /// inverse of `addingWorkingDays`, so `workingDays(from: d, to: addingWorkingDays(n, to: d))` is `n` for
    /// every `n` ≥ 1. The same day gives 0; when `to` is before `from` the count is negative, minus the working
    /// days in (`to`, `from`], so that swapping the dates flips the sign.
    public func workingDays(from: CalendarDate, to: CalendarDate) -> WorkingDayResult<Int> {
        guard from != to else { return WorkingDayResult(value: 0, assumedWeekendsOnlyYears: []) }
        let (start, end, sign) = from < to ? (from, to, 1) : (to, from, -1)
        var count = 0
        var current = start
        while current < end {
            current = current.adding(days: 1)
            if works(on: current) { count += 1 }
        }
        return WorkingDayResult(value: sign * count,
                                assumedWeekendsOnlyYears: unpublishedYears(from: start.adding(days: 1), through: end))
    }

    /// A scheduled day decides; otherwise the weekday does, which for an unpublished year is the whole answer.
    private func works(on date: CalendarDate) -> Bool {
        if let scheduled = schedule.scheduledDay(on: date) {
            return scheduled.kind == .makeUpWorkday
        }
        return !date.isWeekend
    }

    private func unpublishedYears(from first: CalendarDate, through last: CalendarDate) -> [Int] {
        guard first <= last else { return [] }
        return (first.year...last.year).filter { !schedule.isPublished(year: $0) }
    }
}
