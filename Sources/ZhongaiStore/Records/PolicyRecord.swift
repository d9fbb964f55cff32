import GRDB
import ZhongaiDomain

/// A row of `policy`.
struct PolicyRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "policy"

    var key: String
    var value: Double
    var unit: String
    var clause: String
    var note: String

    init(_ entry: PolicyEntry) {
        key = entry.key.rawValue
        value = entry.value
        unit = entry.unit.rawValue
        clause = entry.clause
        note = entry.note
    }

    /// The entry, or nil for a key this version of the program does not know (written by a newer one).
    var entry: PolicyEntry? {
        guard let key = PolicyKey(rawValue: key), let unit = PolicyUnit(rawValue: unit) else { return nil }
        return PolicyEntry(key: key, value: value, unit: unit, clause: clause, note: note)
    }
}
