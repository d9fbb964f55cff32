import Foundation

/// A calendar day as days since 1970-01-01, for the generator's date arithmetic (civil-from-days, H. Hinnant).
struct DayNumber: Comparable, Hashable {
    let value: Int

    init(_ value: Int) {
        self.value = value
    }

    init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        value = era * 146_097 + doe - 719_468
    }

    /// The day in China (UTC+8) at `date`.
    static func china(_ date: Date) -> DayNumber {
        DayNumber(Int(((date.timeIntervalSince1970 + 8 * 3600) / 86400).rounded(.down)))
    }

    var civil: (year: Int, month: Int, day: Int) {
        let z = value + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    var year: Int { civil.year }

    /// `YYYY-MM-DD`, as the schema stores dates.
    var text: String {
        let (y, m, d) = civil
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// The moment `minuteOfDay` minutes after midnight in China on this day.
    func moment(minuteOfDay: Int) -> Date {
        Date(timeIntervalSince1970: Double(value * 86400 + minuteOfDay * 60 - 8 * 3600))
    }

    static func + (day: DayNumber, days: Int) -> DayNumber { DayNumber(day.value + days) }
    static func < (a: DayNumber, b: DayNumber) -> Bool { a.value < b.value }
}
