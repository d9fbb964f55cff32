import Foundation

/// How the emergency log prints times: the clock time in the centre's time zone (Asia/Shanghai unless given) and
/// the time since the start as 分秒.
public struct EmergencyTimeFormat: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current) {
        self.timeZone = timeZone
    }

    /// "2026-11-29 14:05:09".
    public func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0,
                      c.minute ?? 0, c.second ?? 0)
    }

    /// "12分05秒", "1小时02分00秒".
    public func elapsed(_ interval: TimeInterval) -> String {
        let total = max(0, Int(interval.rounded()))
        let hours = total / 3600, minutes = total % 3600 / 60, seconds = total % 60
        return hours > 0 ? String(format: "%d小时%02d分%02d秒", hours, minutes, seconds)
            : String(format: "%d分%02d秒", minutes, seconds)
    }
}
