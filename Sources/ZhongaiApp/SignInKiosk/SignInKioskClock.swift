import Foundation

/// The times the kiosk shows, in the centre's time zone (Dongguan) whatever the laptop's setting.
enum SignInKioskClock {
    /// "09:31".
    static func time(_ date: Date) -> String { formatter("HH:mm").string(from: date) }

    private static func formatter(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = pattern
        return formatter
    }
}
