import Foundation

/// Audit times: UTC, ISO-8601 with milliseconds ("2026-03-01T08:15:30.123Z"). Fixed width, so the text sorts in
/// time order and date ranges are compared as text.
public enum AuditTimestamp {
    public static func format(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        let millis = Int(milliseconds - seconds * 1000)
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let day = CalendarDate(dayNumber: days)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", day.year, day.month, day.day,
                      secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60, millis)
    }

    /// Parses what `format` writes; nil for anything else.
    public static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        guard chars.count == 24, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
              chars[10] == UInt8(ascii: "T"), chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":"),
              chars[19] == UInt8(ascii: "."), chars[23] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for c in chars[range] {
                guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(c - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let mo = number(5..<7), let d = number(8..<10), let h = number(11..<13),
              let mi = number(14..<16), let s = number(17..<19), let ms = number(20..<23),
              h < 24, mi < 60, s < 60, let date = try? CalendarDate(year: y, month: mo, day: d) else { return nil }
        let total = Int64(date.dayNumber) * 86_400_000 + Int64(h * 3_600_000 + mi * 60_000 + s * 1000 + ms)
        return Date(timeIntervalSince1970: TimeInterval(total) / 1000)
    }
}
