import GRDB
import ZhongaiDomain

/// A row of `servicePoint`.
struct ServicePointRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "servicePoint"

    var id: Int64?
    var name: String
    var townID: Int64
    var sectorCode: String
    var employerUnit: String
    var isActive: Bool

    enum Columns {
        static let name = Column(CodingKeys.name)
        static let isActive = Column(CodingKeys.isActive)
    }

    init(_ point: ServicePoint) {
        id = point.id
        name = point.name
        townID = point.townID
        sectorCode = point.sectorCode
        employerUnit = point.employerUnit
        isActive = point.isActive
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var servicePoint: ServicePoint {
        ServicePoint(id: id, name: name, townID: townID, sectorCode: sectorCode, employerUnit: employerUnit,
                     isActive: isActive)
    }
}
