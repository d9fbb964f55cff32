import Foundation
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
    ///
    /// With a session, needs `manageDirectory`; logged either way.
    @discardableResult
    public func addServicePoint(name: String, townName: String, sectorCode: String, employerUnit: String,
                                by session: Session? = nil, at now: Date = Date()) throws -> ServicePoint {
        try actorTransaction(session, action: .manageDirectory, at: now) { db, context in
            let point = try AppDatabase.insertServicePoint(db, name: name, townName: townName, sectorCode: sectorCode,
                                                           employerUnit: employerUnit)
            try AppDatabase.logServicePointAdded(db, point, actor: context.auditActor,
                                                 at: now)
            return point
        }
    }

    /// Changes every field of a service point but its identity and whether it is active.
    ///
    /// With a session, needs `manageDirectory`. A change is logged with the old and the new values; one that
    /// changes nothing is not.
    @discardableResult
    public func updateServicePoint(id: Int64, name: String, townName: String, sectorCode: String,
                                   employerUnit: String, by session: Session? = nil, at now: Date = Date()) throws
        -> ServicePoint {
        try actorTransaction(session, action: .manageDirectory, at: now) { db, context in
            var record = try AppDatabase.requireServicePoint(db, id: id)
            let before = record
            let fields = try AppDatabase.validatedServicePoint(db, name: name, townName: townName, sectorCode: sectorCode,
                                                               employerUnit: employerUnit, exceptID: id)
            record.name = fields.name
            record.townID = fields.townID
            record.sectorCode = fields.sectorCode
            record.employerUnit = fields.employerUnit
            guard record != before else { return record.servicePoint }
            try record.update(db)
            var changes: [String] = []
            if record.name != before.name { changes.append("name \(before.name) → \(record.name)") }
            if record.townID != before.townID {
                let names = try AppDatabase.townNames(db, ids: [before.townID, record.townID])
                changes.append("town \(names[before.townID] ?? "-") → \(names[record.townID] ?? "-")")
            }
            if record.sectorCode != before.sectorCode {
                changes.append("sector \(before.sectorCode) → \(record.sectorCode)")
            }
            if record.employerUnit != before.employerUnit {
                changes.append("employer unit \(before.employerUnit) → \(record.employerUnit)")
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor,
                                        action: .servicePointEdited, record: AppDatabase.auditSubject(record.servicePoint),
                                        detail: changes.joined(separator: "; "))
            return record.servicePoint
        }
    }

    /// Closes a service point, or opens it again. Workers still assigned to it keep their assignment; no new
    /// worker is assigned to a closed one.
    ///
    /// With a session, needs `manageDirectory`; logged, unless the service point already was so.
    public func setServicePointActive(id: Int64, isActive: Bool, by session: Session? = nil, at now: Date = Date())
        throws {
        try actorTransaction(session, action: .manageDirectory, at: now) { db, context in
            var record = try AppDatabase.requireServicePoint(db, id: id)
            guard record.isActive != isActive else { return }
            record.isActive = isActive
            try record.update(db)
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor,
                                        action: .servicePointEdited, record: AppDatabase.auditSubject(record.servicePoint),
                                        detail: "\(record.name) " + (isActive ? "reopened" : "closed"))
        }
    }

    /// Logs a service point just added (by `addServicePoint`, or for the demo centre).
    static func logServicePointAdded(_ db: Database, _ point: ServicePoint, actor: String, detailPrefix: String = "",
                                     at now: Date) throws {
        let town = try townNames(db, ids: [point.townID])[point.townID] ?? "-"
        try appendAudit(db, at: now, actor: actor, action: .servicePointAdded, record: auditSubject(point),
                        detail: detailPrefix + "\(point.name), town \(town), sector \(point.sectorCode), "
                            + "employer unit \(point.employerUnit)")
    }

    /// The subject of a service point's audit rows: its id.
    static func auditSubject(_ point: ServicePoint) -> ProtectedRecordRef {
        // A saved service point always has an id.
        ProtectedRecordRef(kind: .servicePoint, id: String(point.id!))
    }

    /// The names of the towns of `ids`, by id.
    private static func townNames(_ db: Database, ids: [Int64]) throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        for record in try TownRecord.fetchAll(db, keys: ids) { if let id = record.id { names[id] = record.name } }
        return names
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
