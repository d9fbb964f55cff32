import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The service points, by name; inactive ones only when asked.
    public func servicePoints(includeInactive: Bool = false) throws -> [ServicePoint] {
        try writer.read { db in
            try AppDatabase.fetchServicePointRecords(db, includeInactive: includeInactive).map(\.servicePoint)
        }
    }

    /// Adds a service point in an active town and a sector, with the employer unit (用人单位) that buys the
    /// service. Refuses an empty or taken name, an unknown town or sector, an empty employer unit.
    @discardableResult
    public func addServicePoint(name: String, townName: String, sectorCode: String, employerUnit: String) throws -> ServicePoint {
        try writer.write { db in
            try AppDatabase.insertServicePoint(db, name: name, townName: townName, sectorCode: sectorCode,
                                               employerUnit: employerUnit)
        }
    }

    /// Changes every field of a service point but its identity and whether it is active.
    @discardableResult
    public func updateServicePoint(id: Int64, name: String, townName: String, sectorCode: String,
                                   employerUnit: String) throws -> ServicePoint {
        try writer.write { db in
            var record = try AppDatabase.requireServicePoint(db, id: id)
            let fields = try AppDatabase.validatedServicePoint(db, name: name, townName: townName, sectorCode: sectorCode,
                                                               employerUnit: employerUnit, exceptID: id)
            record.name = fields.name
            record.townID = fields.townID
            record.sectorCode = fields.sectorCode
            record.employerUnit = fields.employerUnit
            try record.update(db)
            return record.servicePoint
        }
    }

    /// Closes a service point, or opens it again. Workers still assigned to it keep their assignment; no new
    /// worker is assigned to a closed one.
    public func setServicePointActive(id: Int64, isActive: Bool) throws {
        try writer.write { db in
            var record = try AppDatabase.requireServicePoint(db, id: id)
            record.isActive = isActive
            try record.update(db)
        }
    }

    static func insertServicePoint(_ db: Database, name: String, townName: String, sectorCode: String,
                                   employerUnit: String) throws -> ServicePoint {
        let fields = try validatedServicePoint(db, name: name, townName: townName, sectorCode: sectorCode,
                                               employerUnit: employerUnit, exceptID: nil)
        var record = ServicePointRecord(ServicePoint(name: fields.name, townID: fields.townID,
                                                     sectorCode: fields.sectorCode, employerUnit: fields.employerUnit))
        try record.insert(db)
        return record.servicePoint
    }

    private static func validatedServicePoint(_ db: Database, name: String, townName: String, sectorCode: String,
                                              employerUnit: String, exceptID: Int64?)
    throws -> (name: String, townID: Int64, sectorCode: String, employerUnit: String) {
        let trimmedName = try requireText(name, field: N_("Name"))
        if let other = try ServicePointRecord.filter(ServicePointRecord.Columns.name == trimmedName).fetchOne(db),
           other.id != exceptID {
            throw ValidationError(field: N_("Name"), N_("a service point named “%@” already exists"), trimmedName)
        }
        let town = try requireTown(db, named: townName)
        guard town.isActive else {
            throw ValidationError(field: N_("Town"), N_("the town “%@” is no longer active"), town.name)
        }
        let sector = try requireSector(db, code: sectorCode)
        let unit = try requireText(employerUnit, field: N_("Employer unit"))
        // A saved town always has an id.
        return (trimmedName, town.id!, sector.code, unit)
    }

    static func fetchServicePointRecords(_ db: Database, includeInactive: Bool) throws -> [ServicePointRecord] {
        var request = ServicePointRecord.order(ServicePointRecord.Columns.name)
        if !includeInactive { request = request.filter(ServicePointRecord.Columns.isActive) }
        return try request.fetchAll(db)
    }

    static func requireServicePoint(_ db: Database, id: Int64) throws -> ServicePointRecord {
        guard let record = try ServicePointRecord.fetchOne(db, key: id) else {
            throw ValidationError(field: N_("Service point"), N_("there is no service point number %@"), String(id))
        }
        return record
    }

    /// The sector of `code` (ARC-03), or an error naming the field "Sector".
    static func requireSector(_ db: Database, code: String) throws -> SectorRecord {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard let record = try SectorRecord.fetchOne(db, key: trimmed) else {
            throw ValidationError(field: N_("Sector"), N_("there is no sector “%@”"), code, rule: "ARC-03")
        }
        return record
    }
}
