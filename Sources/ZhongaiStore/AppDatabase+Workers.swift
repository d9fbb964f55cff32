import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The workers, by code; inactive ones only when asked.
    public func workers(includeInactive: Bool = false) throws -> [Worker] {
        try writer.read { db in try AppDatabase.fetchWorkerRecords(db, includeInactive: includeInactive).map(\.worker) }
    }

    /// The worker whose code is `code`, active or not.
    public func worker(code: String) throws -> Worker? {
        try writer.read { db in try WorkerRecord.fetchOne(db, key: code)?.worker }
    }

    /// Adds a worker and issues the worker's code (ARC-06): the initials of the name with the family name read
    /// as a surname, told apart from every code ever issued, inactive workers' included.
    ///
    /// Refuses: an empty name; a supervisor code that is unknown, inactive or not a 督导/见习督导/督导助理; an
    /// unknown or closed service point; an unknown post type; a phone number that `PhoneNumber` does not accept.
    @discardableResult
    public func addWorker(name: String, role: Role, supervisorCode: String? = nil, servicePointID: Int64? = nil,
                          postType: String? = nil, phone: String? = nil) throws -> Worker {
        try writer.write { db in
            try AppDatabase.insertWorker(db, name: name, role: role, supervisorCode: supervisorCode,
                                         servicePointID: servicePointID, postType: postType, phone: phone)
        }
    }

    /// Changes everything about a worker but the code (ARC-06: a code once issued never changes, even when the
    /// name does) and whether the worker is active (see `deactivateWorker`, `reactivateWorker`). Refuses what
    /// `addWorker` refuses, and a supervision chain that would loop back to the worker.
    @discardableResult
    public func updateWorker(_ worker: Worker) throws -> Worker {
        try writer.write { db in
            let stored = try AppDatabase.requireWorker(db, code: worker.code, field: N_("Worker"))
            let fields = try AppDatabase.validatedWorker(db, name: worker.name, role: worker.role,
                                                         supervisorCode: worker.supervisorCode,
                                                         servicePointID: worker.servicePointID,
                                                         postType: worker.postType, phone: worker.phone,
                                                         code: worker.code)
            if !worker.role.supervises, stored.isActive {
                try AppDatabase.requireNoActiveSupervisees(db, of: worker.code, field: N_("Role"))
            }
            var record = WorkerRecord(fields)
            record.isActive = stored.isActive
            try record.update(db)
            return record.worker
        }
    }

    /// Deactivates a worker who leaves. The code stays theirs forever (ARC-06). Refused while active colleagues
    /// still have the worker as supervisor: give them another supervisor first. Deactivating an inactive worker
    /// changes nothing.
    public func deactivateWorker(code: String) throws {
        try writer.write { db in
            var record = try AppDatabase.requireWorker(db, code: code, field: N_("Worker"))
            guard record.isActive else { return }
            try AppDatabase.requireNoActiveSupervisees(db, of: record.code, field: N_("Worker"))
            record.isActive = false
            try record.update(db)
        }
    }

    /// Brings back a worker who returns, with the same code (ARC-06). Refused while the worker's supervisor is
    /// inactive.
    public func reactivateWorker(code: String) throws {
        try writer.write { db in
            var record = try AppDatabase.requireWorker(db, code: code, field: N_("Worker"))
            if let supervisorCode = record.supervisorCode,
               let supervisor = try WorkerRecord.fetchOne(db, key: supervisorCode), !supervisor.isActive {
                throw ValidationError(field: N_("Supervisor"), N_("the supervisor %@ (%@) is no longer active"),
                                      supervisor.code, supervisor.name)
            }
            record.isActive = true
            try record.update(db)
        }
    }

    static func insertWorker(_ db: Database, name: String, role: Role, supervisorCode: String?, servicePointID: Int64?,
                             postType: String?, phone: String?) throws -> Worker {
        var fields = try validatedWorker(db, name: name, role: role, supervisorCode: supervisorCode,
                                         servicePointID: servicePointID, postType: postType, phone: phone, code: nil)
        // Rule ARC-06: surname readings; every code ever issued is taken, since workers are never deleted.
        let reading = try PinyinReader().readPerson(fields.name)
        let taken = try Set(String.fetchAll(db, sql: "SELECT code FROM worker"))
        fields.code = InitialsDisambiguator.distinctCode(for: reading, taken: taken)
        let record = WorkerRecord(fields)
        try record.insert(db)
        return record.worker
    }

    /// The worker's fields, checked and normalised; `code` is the worker being updated (nil when adding).
    private static func validatedWorker(_ db: Database, name: String, role: Role, supervisorCode: String?,
                                        servicePointID: Int64?, postType: String?, phone: String?,
                                        code: String?) throws -> Worker {
        let trimmedName = try requireText(name, field: N_("Full name"))
        var supervisor: String?
        if let supervisorCode, !supervisorCode.trimmingCharacters(in: .whitespaces).isEmpty {
            let record = try requireWorker(db, code: supervisorCode.trimmingCharacters(in: .whitespaces),
                                           field: N_("Supervisor"))
            guard record.isActive else {
                throw ValidationError(field: N_("Supervisor"), N_("the supervisor %@ (%@) is no longer active"),
                                      record.code, record.name)
            }
            // Rule CASE-02: the supervisor approves the worker's stages, so must be a 督导, 见习督导 or 督导助理.
            guard record.worker.role.supervises else {
                throw ValidationError(field: N_("Supervisor"), N_("%@ (%@) is not a supervisor, trainee supervisor or assistant supervisor"),
                                      record.code, record.name, rule: "CASE-02")
            }
            if let code { try requireNoLoop(db, worker: code, supervisor: record.code) }
            supervisor = record.code
        }
        if let servicePointID {
            let point = try requireServicePoint(db, id: servicePointID)
            guard point.isActive else {
                throw ValidationError(field: N_("Service point"), N_("the service point “%@” is closed"), point.name)
            }
        }
        var post: String?
        if let postType, !postType.trimmingCharacters(in: .whitespaces).isEmpty {
            let trimmed = postType.trimmingCharacters(in: .whitespaces)
            guard try PostTypeRecord.exists(db, key: trimmed) else {
                throw ValidationError(field: N_("Post type"), N_("there is no post type “%@”"), postType, rule: "IND-01")
            }
            post = trimmed
        }
        var phoneText: String?
        if let phone, !phone.trimmingCharacters(in: .whitespaces).isEmpty {
            phoneText = try PhoneNumber(phone).text
        }
        return Worker(code: code ?? "", name: trimmedName, role: role, supervisorCode: supervisor,
                      servicePointID: servicePointID, postType: post, phone: phoneText)
    }

    /// Refuses a supervision chain that would lead from `supervisor` back up to `worker`.
    private static func requireNoLoop(_ db: Database, worker: String, supervisor: String) throws {
        var seen: Set<String> = []
        var current: String? = supervisor
        while let code = current, seen.insert(code).inserted {
            if code == worker {
                throw ValidationError(field: N_("Supervisor"),
                                      N_("%@ cannot supervise %@: the supervision chain would loop back"), supervisor, worker)
            }
            current = try String.fetchOne(db, sql: "SELECT supervisorCode FROM worker WHERE code = ?", arguments: [code])
        }
    }

    private static func requireNoActiveSupervisees(_ db: Database, of code: String, field: String) throws {
        let supervisees = try String.fetchAll(db, sql: """
            SELECT code FROM worker WHERE supervisorCode = ? AND isActive ORDER BY code
            """, arguments: [code])
        guard supervisees.isEmpty else {
            throw ValidationError(field: field, N_("%@ still supervises %@: give them another supervisor first"),
                                  code, supervisees.joined(separator: ", "))
        }
    }

    static func fetchWorkerRecords(_ db: Database, includeInactive: Bool) throws -> [WorkerRecord] {
        var request = WorkerRecord.order(WorkerRecord.Columns.code)
        if !includeInactive { request = request.filter(WorkerRecord.Columns.isActive) }
        return try request.fetchAll(db)
    }

    /// The worker of `code`, or an error naming `field`.
    static func requireWorker(_ db: Database, code: String, field: String) throws -> WorkerRecord {
        guard let record = try WorkerRecord.fetchOne(db, key: code.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError(field: field, N_("there is no worker with the code “%@”"), code)
        }
        return record
    }
}
