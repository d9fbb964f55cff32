import Foundation
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
    ///
    /// With a session, needs `manageDirectory` (and `manageAccounts` to add a 系统管理员); logged either way.
    @discardableResult
    public func addWorker(name: String, role: Role, supervisorCode: String? = nil, servicePointID: Int64? = nil,
                          postType: String? = nil, phone: String? = nil, by session: Session? = nil,
                          at now: Date = Date()) throws -> Worker {
        try actorTransaction(session, action: .manageDirectory, at: now) { db, context in
            if role == .administrator { try context?.authorize(db, .manageAccounts) }
            let worker = try AppDatabase.insertWorker(db, name: name, role: role, supervisorCode: supervisorCode,
                                                      servicePointID: servicePointID, postType: postType, phone: phone)
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor,
                                        action: .workerAdded, record: ProtectedRecordRef(kind: .worker, id: worker.code),
                                        detail: "role \(worker.role.rawValue), supervisor \(worker.supervisorCode ?? "-")")
            return worker
        }
    }

    /// Changes everything about a worker but the code (ARC-06: a code once issued never changes, even when the
    /// name does) and whether the worker is active (see `deactivateWorker`, `reactivateWorker`). Refuses what
    /// `addWorker` refuses, a supervision chain that would loop back to the worker, and a role change that would
    /// leave the centre without an active system administrator who can sign in (ROLE-01).
    ///
    /// With a session, needs `manageDirectory`, and `manageAccounts` to change a role. Changes of role, supervisor
    /// and service point change what the worker and others may see, so each is logged.
    @discardableResult
    public func updateWorker(_ worker: Worker, by session: Session? = nil, at now: Date = Date()) throws -> Worker {
        try actorTransaction(session, action: .manageDirectory, at: now) { db, context in
            try AppDatabase.applyWorkerUpdate(db, worker, context: context, at: now)
        }
    }

    /// `updateWorker` inside a transaction that has applied the access policy (`context`; nil for the program
    /// itself): a promotion applies it in the same transaction that records the promotion.
    static func applyWorkerUpdate(_ db: Database, _ worker: Worker, context: AccessContext?, at now: Date) throws
        -> Worker {
        let stored = try AppDatabase.requireWorker(db, code: worker.code, field: N_("Worker"))
        let before = stored.worker
        if worker.role != before.role { try context?.authorize(db, .manageAccounts) }
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
        try AppDatabase.keepingAnAdministrator(db, field: N_("Role"), worker: before) { try record.update(db) }
        let actor = context.auditActor
        let subject = ProtectedRecordRef(kind: .worker, id: worker.code)
        let after = record.worker
        if after.role != before.role {
            try AppDatabase.appendAudit(db, at: now, actor: actor, action: .roleChanged, record: subject,
                                        detail: "\(before.role.rawValue) → \(after.role.rawValue)")
        }
        if after.supervisorCode != before.supervisorCode {
            try AppDatabase.recordSupervisorChange(db, worker: after.code, to: after.supervisorCode,
                                                   on: CalendarDate.today(now: now))
            try AppDatabase.appendAudit(db, at: now, actor: actor, action: .supervisorChanged, record: subject,
                                        detail: "\(before.supervisorCode ?? "-") → \(after.supervisorCode ?? "-")")
        }
        if after.servicePointID != before.servicePointID {
            try AppDatabase.appendAudit(db, at: now, actor: actor, action: .servicePointChanged, record: subject,
                                        detail: "\(before.servicePointID.map(String.init) ?? "-") → "
                                            + "\(after.servicePointID.map(String.init) ?? "-")")
        }
        return after
    }

    /// Deactivates a worker who leaves. The code stays theirs forever (ARC-06). In the same transaction, every
    /// protected record the worker holds goes to `handover` (CONF-03: to a 服务部 worker, or to a successor confirmed
    /// by a signed-in 服务部 worker), one audit row per record. Refused while active colleagues still have the
    /// worker as supervisor, when the worker holds records and no handover is named, for a recipient who is not
    /// active (or not 服务部), and when it would leave no active system administrator (ROLE-01). Deactivating an
    /// inactive worker changes nothing.
    ///
    /// With a session, needs `manageDirectory`; logged either way.
    public func deactivateWorker(code: String, handover: Handover? = nil, by session: Session? = nil,
                                 at now: Date = Date()) throws {
        try actorTransaction(session, action: .manageDirectory, at: now) { db, context in
            var record = try AppDatabase.requireWorker(db, code: code, field: N_("Worker"))
            guard record.isActive else { return }
            try AppDatabase.requireNoActiveSupervisees(db, of: record.code, field: N_("Worker"))
            let actor = context.auditActor
            // Rule CONF-03
            let held = try Row.fetchAll(db, sql: """
                SELECT id, kind FROM protectedRecord WHERE holderCode = ? ORDER BY createdAt, id
                """, arguments: [record.code]).map {
                    ProtectedRecordRef(kind: ProtectedRecordKind($0["kind"] as String), id: $0["id"])
                }
            var recipient: String?
            if let handover {
                recipient = try AppDatabase.validatedRecipient(db, handover, leaving: record.code)
            } else if !held.isEmpty {
                throw ValidationError(field: N_("Handover"),
                                      N_("%@ holds %@ protected records: name the service department (服务部) worker who receives them"),
                                      record.code, String(held.count), rule: "CONF-03")
            }
            let before = record.worker
            record.isActive = false
            try AppDatabase.keepingAnAdministrator(db, field: N_("Worker"), worker: before) { try record.update(db) }
            if let recipient, !held.isEmpty {
                try db.execute(sql: "UPDATE protectedRecord SET holderCode = ? WHERE holderCode = ?",
                               arguments: [recipient, record.code])
                var detail = "\(record.code) → \(recipient)"
                if case .toSuccessor(_, let confirmer) = handover { detail += ", confirmed by \(confirmer.workerCode)" }
                for ref in held {
                    try AppDatabase.appendAudit(db, at: now, actor: actor, action: .handover, record: ref, detail: detail)
                }
            }
            try AppDatabase.appendAudit(db, at: now, actor: actor, action: .workerDeactivated,
                                        record: ProtectedRecordRef(kind: .worker, id: record.code),
                                        detail: held.isEmpty ? "" : "\(held.count) records handed over to \(recipient ?? "-")")
        }
    }

    /// Brings back a worker who returns, with the same code (ARC-06). Refused while the worker's supervisor is
    /// inactive. With a session, needs `manageDirectory`; logged either way.
    public func reactivateWorker(code: String, by session: Session? = nil, at now: Date = Date()) throws {
        try actorTransaction(session, action: .manageDirectory, at: now) { db, context in
            var record = try AppDatabase.requireWorker(db, code: code, field: N_("Worker"))
            if let supervisorCode = record.supervisorCode,
               let supervisor = try WorkerRecord.fetchOne(db, key: supervisorCode), !supervisor.isActive {
                throw ValidationError(field: N_("Supervisor"), N_("the supervisor %@ (%@) is no longer active"),
                                      supervisor.code, supervisor.name)
            }
            guard !record.isActive else { return }
            record.isActive = true
            try record.update(db)
            try AppDatabase.appendAudit(db, at: now, actor: context.auditActor,
                                        action: .workerReactivated,
                                        record: ProtectedRecordRef(kind: .worker, id: record.code))
        }
    }

    /// Runs `change` and refuses it (rolled back by the caller's transaction) when it leaves the centre without an
    /// active system administrator who can sign in, where it had one before. Rule ROLE-01.
    private static func keepingAnAdministrator(_ db: Database, field: String, worker: Worker,
                                               _ change: () throws -> Void) throws {
        let before = try countWorkingAdministrators(db)
        try change()
        if before > 0, try countWorkingAdministrators(db) == 0 {
            throw ValidationError(field: field,
                                  N_("%@ (%@) is the last active system administrator: make another worker administrator first"),
                                  worker.code, worker.name, rule: "ROLE-01")
        }
    }

    /// The code of the worker who receives the records of `leaving` (CONF-03).
    private static func validatedRecipient(_ db: Database, _ handover: Handover, leaving: String) throws -> String {
        let code: String
        switch handover {
        case .toServiceDepartment(let workerCode):
            let recipient = try requireWorker(db, code: workerCode, field: N_("Handover")).worker
            guard recipient.role == .serviceDepartment else {
                throw ValidationError(field: N_("Handover"),
                                      N_("%@ (%@) is not in the service department (服务部): records go there, not to a colleague directly"),
                                      recipient.code, recipient.name, rule: "CONF-03")
            }
            code = recipient.code
        case .toSuccessor(let workerCode, let confirmer):
            let successor = try requireWorker(db, code: workerCode, field: N_("Handover")).worker
            let confirmedBy = try? accessContext(db, session: confirmer, action: .edit)
            guard let confirmedBy, confirmedBy.actor.role == .serviceDepartment, confirmedBy.actor.workerCode != leaving
            else {
                throw ValidationError(field: N_("Handover"),
                                      N_("a successor is confirmed by a signed-in service department (服务部) worker"), rule: "CONF-03")
            }
            code = successor.code
        }
        let recipient = try requireWorker(db, code: code, field: N_("Handover"))
        guard recipient.isActive, recipient.code != leaving else {
            throw ValidationError(field: N_("Handover"), N_("%@ (%@) cannot receive the records: not an active colleague"),
                                  recipient.code, recipient.name, rule: "CONF-03")
        }
        return recipient.code
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
                                      N_("%@ cannot supervise %@: the supervision chain would loop back"), supervisor, worker,
                                      rule: "CASE-02")
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
