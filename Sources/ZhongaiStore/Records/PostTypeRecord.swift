import GRDB

/// A row of `postType`; `position` keeps the order of the data file.
struct PostTypeRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "postType"

    var code: String
    var name: String
    var position: Int

    enum Columns {
        static let code = Column(CodingKeys.code)
        static let position = Column(CodingKeys.position)
    }
}
