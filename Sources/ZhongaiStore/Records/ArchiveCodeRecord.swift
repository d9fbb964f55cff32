import Foundation
import GRDB
import ZhongaiDomain

/// A row of `archiveCode`: an issued archive code, stored forever (ARC-01, ARC-05).
struct ArchiveCodeRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "archiveCode"

    var id: Int64?
    var code: String
    var workerCode: String
    var nature: String
    var year: Int
    var month: Int
    var sequence: Int
    var townID: Int64
    var townCode: String
    var sectorCode: String
    var openedOn: String
    var issuedAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let workerCode = Column(CodingKeys.workerCode)
        static let townCode = Column(CodingKeys.townCode)
    }

    init(_ archiveCode: ArchiveCode, townID: Int64, openedOn: CalendarDate, issuedAt: Date) {
        code = archiveCode.description
        workerCode = archiveCode.workerCode
        nature = archiveCode.nature.rawValue
        year = archiveCode.year
        month = archiveCode.month
        sequence = archiveCode.sequence
        self.townID = townID
        townCode = archiveCode.townCode
        sectorCode = archiveCode.sectorCode
        self.openedOn = openedOn.description
        self.issuedAt = issuedAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func archiveCode() throws -> ArchiveCode { try ArchiveCode(parsing: code) }
}
