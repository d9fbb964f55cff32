extension CalendarDate {
    /// The same day `months` later; the last day of the month when that month is shorter (01-31 + 1 → 02-28):
    /// "within two months of opening" (CASE-07, CASE-09, CASE-10).
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        // Year, month and day are in range by construction.
        return try! CalendarDate(year: newYear, month: newMonth, day: newDay)
    }
}
