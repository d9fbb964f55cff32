import Foundation

/// Times of sign-ins as the centre reads them: China Standard Time, whatever the machine's zone.
public enum ChinaClock {
    private static let zone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!

    /// "2026-04-01 09:31:05".
    public static func dateTime(_ date: Date) -> String {
        let c = components(date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// "09:31".
    public static func time(_ date: Date) -> String {
        let c = components(date)
        return String(format: "%02d:%02d", c.hour!, c.minute!)
    }

    private static func components(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    }
}
