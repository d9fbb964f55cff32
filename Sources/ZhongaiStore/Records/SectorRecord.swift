import GRDB
import ZhongaiDomain

/// A row of `sector`.
struct SectorRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sector"

    var code: String
    var name: String

    enum Columns {
        static let code = Column(CodingKeys.code)
    }

    init(_ sector: Sector) {
        code = sector.code
        name = sector.name
    }

    var sector: Sector { Sector(code: code, name: name) }
}
