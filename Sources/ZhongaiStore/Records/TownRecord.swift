import GRDB
import ZhongaiDomain

/// A row of `town`.
struct TownRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "town"

    var id: Int64?
    var name: String
    var kind: String
    var code: String
    var isActive: Bool

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let code = Column(CodingKeys.code)
        static let isActive = Column(CodingKeys.isActive)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var town: Town { Town(id: id, name: name, code: code, isActive: isActive) }

    var townKind: TownKind { TownKind(rawValue: kind) ?? .town }
}
