import Foundation

/// The times the emergency windows show, in the centre's time zone (Dongguan), whatever the laptop's setting.
enum EmergencyClock {
    /// "07:42" or, past an hour, "1:07:42": the time since the start, read at a glance.
    static func elapsed(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest)
            : String(format: "%02d:%02d", minutes, rest)
    }

    static func timeOfDay(_ date: Date) -> String { format(date, "HH:mm:ss") }

    static func dateTime(_ date: Date) -> String { format(date, "yyyy-MM-dd HH:mm") }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}
