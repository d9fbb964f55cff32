import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Issues the archive code of a piece of work opened on `date` (ARC-01) and stores it forever.
    ///
    /// Rule ARC-05: the sequence counts per worker, per nature, per calendar year, across all sectors and towns;
    /// the count is read in SQL inside the same write transaction that stores the code, so two processes can
    /// never issue the same sequence (and UNIQUE (workerCode, nature, year, sequence) backs it).
    /// Refuses an unknown or inactive worker, an unknown or inactive town, an unknown sector.
    ///
    /// A code opens a piece of work held by the worker, so with a session it needs `create` on a record held by
    /// that worker at the worker's service point (CONF-02: the worker, and the supervisors up the chain, by the
    /// default table); a refusal is `AccessDenied`, logged. Logged either way, with the code in the detail.
    @discardableResult
    public func issueArchiveCode(workerCode: String, nature: ServiceNature, townName: String, sectorCode: String,
                                 date: CalendarDate, by session: Session? = nil, at now: Date = Date()) throws
        -> ArchiveCode {
        try auditedWrite(actor: session?.workerCode, at: now) { db in
            let subject = ProtectedRecordRef(kind: .archiveCodes, id: workerCode.trimmingCharacters(in: .whitespaces))
            let context = try session.map {
                try AppDatabase.accessContext(db, session: $0, action: .create, record: subject)
            }
            let worker = try AppDatabase.requireWorker(db, code: workerCode, field: N_("Worker"))
            try context?.authorize(.create, subject,
                                   ownership: RecordOwnership(holderCode: worker.code, servicePointID: worker.servicePointID))
            let actor = context.auditActor
            let code = try AppDatabase.issueArchiveCode(db, worker: worker, nature: nature, townName: townName,
                                                        sectorCode: sectorCode, date: date, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: actor, action: .archiveCodeIssued, record: subject,
                                        detail: code.description)
            return code
        }
    }

    /// Issues and stores the code inside a transaction that has already applied the access policy (opening a
    /// case issues its code in the same transaction). Not logged by itself. Refuses an inactive worker, an unknown
    /// or inactive town, an unknown sector.
    static func issueArchiveCode(_ db: Database, worker: WorkerRecord, nature: ServiceNature, townName: String,
                                 sectorCode: String, date: CalendarDate, at now: Date) throws -> ArchiveCode {
        guard worker.isActive else {
            throw ValidationError(field: N_("Worker"), N_("%@ (%@) is no longer active"), worker.code, worker.name)
        }
        let town = try AppDatabase.requireTown(db, named: townName)
        guard town.isActive else {
            throw ValidationError(field: N_("Town"), N_("the town “%@” is no longer active"), town.name)
        }
        let sector = try AppDatabase.requireSector(db, code: sectorCode)
        // Rule ARC-05
        let highest = try Int.fetchOne(db, sql: """
            SELECT COALESCE(MAX(sequence), 0) FROM archiveCode WHERE workerCode = ? AND nature = ? AND year = ?
            """, arguments: [worker.code, nature.rawValue, date.year]) ?? 0
        let code = try ArchiveCodeIssuer.nextCode(workerCode: worker.code, nature: nature, townCode: town.code,
                                                  sectorCode: sector.code, openedOn: date,
                                                  highestIssuedSequence: highest)
        // A saved town always has an id.
        var record = ArchiveCodeRecord(code, townID: town.id!, openedOn: date, issuedAt: now)
        try record.insert(db)
        return code
    }

    /// The archive codes issued to a worker, in the order they were issued.
    public func archiveCodes(workerCode: String) throws -> [ArchiveCode] {
        try writer.read { db in
            try ArchiveCodeRecord.filter(ArchiveCodeRecord.Columns.workerCode == workerCode)
                .order(ArchiveCodeRecord.Columns.id).fetchAll(db).map { try $0.archiveCode() }
        }
    }

    /// Rule ARC-01: inside a transaction that has applied the access policy, the archive code of a piece of work
    /// held by `holder` (a case, a consultation, a visit) for the town and sector of the holder's service point;
    /// logged as issued.
    static func issueArchiveCodeAtServicePoint(_ db: Database, holder: WorkerRecord, nature: ServiceNature,
                                               date: CalendarDate, actor context: AccessContext, at now: Date) throws
        -> ArchiveCode {
        guard let pointID = holder.servicePointID else {
            throw ValidationError(field: N_("Holder"),
                                  N_("%@ has no service point: the archive code needs its town and sector"),
                                  holder.code, rule: "ARC-01")
        }
        let point = try requireServicePoint(db, id: pointID)
        guard let townName = try String.fetchOne(db, sql: "SELECT name FROM town WHERE id = ?",
                                                 arguments: [point.townID]) else {
            throw ValidationError(field: N_("Town"), N_("there is no town number %@"), String(point.townID))
        }
        let code = try issueArchiveCode(db, worker: holder, nature: nature, townName: townName,
                                        sectorCode: point.sectorCode, date: date, at: now)
        try appendAudit(db, at: now, actor: context.actor.workerCode, action: .archiveCodeIssued,
                        record: ProtectedRecordRef(kind: .archiveCodes, id: holder.code), detail: code.description)
        return code
    }
}
