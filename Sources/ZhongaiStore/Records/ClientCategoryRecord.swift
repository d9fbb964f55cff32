import GRDB
import ZhongaiDomain

/// A row of `clientCategory`; `position` keeps the order of the data file.
struct ClientCategoryRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "clientCategory"

    var code: String
    var name: String
    var position: Int

    enum Columns {
        static let position = Column(CodingKeys.position)
    }

    var category: ClientCategory { ClientCategory(code: code, name: name) }
}
