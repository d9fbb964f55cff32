import Foundation

/// Which backups of a folder to delete: all but the `keep` newest (by the time each was made); the number is the
/// administrator's (`zhongai backup prune --keep N`).
public enum BackupRetention {
    public static func expired<Item>(_ items: [Item], keep: Int, madeAt: (Item) -> Date) -> [Item] {
        guard keep >= 0 else { return [] }
        return Array(items.sorted { madeAt($0) > madeAt($1) }.dropFirst(keep))
    }
}
