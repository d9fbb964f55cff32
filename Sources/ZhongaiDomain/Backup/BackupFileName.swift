import Foundation

/// The name of a scheduled backup, `zhongai-YYYYMMDD-HHMMSS.zhongai-backup` in the centre's local time: names sort
/// in the order the backups were made, which retention relies on.
public enum BackupFileName {
    public static let fileExtension = "zhongai-backup"

    public static func scheduled(at date: Date, timeZone: TimeZone = .current) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "zhongai-\(formatter.string(from: date)).\(fileExtension)"
    }

    /// When a scheduled backup was made, from its name; nil for another name (a backup made by hand).
    public static func madeAt(_ name: String, timeZone: TimeZone = .current) -> Date? {
        guard name.hasPrefix("zhongai-"), name.hasSuffix(".\(fileExtension)") else { return nil }
        let stamp = name.dropFirst("zhongai-".count).dropLast(fileExtension.count + 1)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return stamp.count == 15 ? formatter.date(from: String(stamp)) : nil
    }
}
