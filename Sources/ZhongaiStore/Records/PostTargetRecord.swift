import GRDB

/// A row of `postTarget`: the annual minimum of one indicator for one post type (IND-01).
struct PostTargetRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "postTarget"

    var postTypeCode: String
    var indicator: String
    var minimum: Int
}
