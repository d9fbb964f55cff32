import GRDB
import ZhongaiDomain

/// A row of `worker`.
struct WorkerRecord: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "worker"

    var code: String
    var name: String
    var role: String
    var supervisorCode: String?
    var servicePointID: Int64?
    var postTypeCode: String?
    var phone: String?
    var isActive: Bool

    enum Columns {
        static let code = Column(CodingKeys.code)
        static let supervisorCode = Column(CodingKeys.supervisorCode)
        static let isActive = Column(CodingKeys.isActive)
    }

    init(_ worker: Worker) {
        code = worker.code
        name = worker.name
        role = worker.role.rawValue
        supervisorCode = worker.supervisorCode
        servicePointID = worker.servicePointID
        postTypeCode = worker.postType
        phone = worker.phone
        isActive = worker.isActive
    }

    var worker: Worker {
        // The CHECK constraint on `role` admits only Role's raw values.
        Worker(code: code, name: name, role: Role(rawValue: role) ?? .frontline, supervisorCode: supervisorCode,
               servicePointID: servicePointID, postType: postTypeCode, phone: phone, isActive: isActive)
    }
}
