import Dispatch
import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Creates the demonstration centre (`DemoCentre`) in one transaction and returns its workers, each with an
    /// account whose password is `password`, so that one can sign in as a frontline worker, a supervisor, 服务部
    /// or 理事长 and see what each role may do. The accounts need no password change at the first sign-in.
    ///
    /// Refused when the database has workers other than system administrators, so real data is never mixed with
    /// it (the first administrator, created before, stays); needs the reference data loaded; refuses a password
    /// that `PasswordRules` refuses for any of the demo workers.
    ///
    /// With a session, needs `manageDirectory` and `manageAccounts` (系统管理员); without one (first run) it is
    /// logged under `AuditEntry.systemActor`. Every service point, worker and account created is logged.
    @discardableResult
    public func populateDemoCentre(password: String, by session: Session? = nil, at now: Date = Date()) throws
        -> [Worker] {
        let field = N_("Demo password")
        try PasswordRules.validate(password, workerCode: "", workerName: "", field: field)
        // The refusals come first, before the slow hashing below (a denied session is logged there); the
        // transaction that writes checks them again.
        try actorTransaction(session, action: .manageDirectory, at: now) { db, context in
            try AppDatabase.requireDemoCentreAllowed(db, context)
        }
        // Argon2id is slow on purpose: hash outside the write transaction, a few at a time, each with its own salt.
        let hashes = try AppDatabase.hashPasswords(password, count: DemoCentre.people.count)
        return try actorTransaction(session, action: .manageDirectory, at: now) { db, context in
            try AppDatabase.requireDemoCentreAllowed(db, context)
            let actor = context.auditActor
            var pointIDs: [Int64] = []
            for point in DemoCentre.points {
                let saved = try AppDatabase.insertServicePoint(db, name: point.name, townName: point.town,
                                                               sectorCode: point.sector, employerUnit: point.employer)
                try AppDatabase.logServicePointAdded(db, saved, actor: actor, detailPrefix: "demo centre; ", at: now)
                // A saved service point always has an id.
                pointIDs.append(saved.id!)
            }
            var workers: [Worker] = []
            for (index, person) in DemoCentre.people.enumerated() {
                let worker = try AppDatabase.insertWorker(db, name: person.name, role: person.role,
                                                          supervisorCode: person.supervisor.map { workers[$0].code },
                                                          servicePointID: person.point.map { pointIDs[$0] },
                                                          postType: person.postType, phone: DemoCentre.phone(index))
                try PasswordRules.validate(password, workerCode: worker.code, workerName: worker.name, field: field)
                let subject = ProtectedRecordRef(kind: .worker, id: worker.code)
                try AppDatabase.appendAudit(db, at: now, actor: actor, action: .workerAdded, record: subject,
                                            detail: "demo centre; role \(worker.role.rawValue), supervisor "
                                                + (worker.supervisorCode ?? "-"))
                try AppDatabase.insertAccount(db, code: worker.code, hash: hashes[index], mustChange: false, at: now)
                try AppDatabase.appendAudit(db, at: now, actor: actor, action: .accountCreated, record: subject,
                                            detail: "demo centre")
                workers.append(worker)
            }
            return workers
        }
    }

    /// The demo centre needs `manageAccounts` besides `manageDirectory` (a session's), and a centre without staff
    /// other than system administrators.
    private static func requireDemoCentreAllowed(_ db: Database, _ context: AccessContext?) throws {
        try context?.authorize(db, .manageAccounts)
        guard try WorkerRecord.filter(Column("role") != Role.administrator.rawValue).fetchCount(db) == 0 else {
            throw ValidationError(field: N_("Demo data"),
                                  N_("the database already has workers: demo data goes into an empty centre only"))
        }
    }

    /// `count` Argon2id hashes of `password`, each with its own salt, computed four at a time (each takes 64 MiB).
    private static func hashPasswords(_ password: String, count: Int) throws -> [String] {
        final class Results: @unchecked Sendable {
            private let lock = NSLock()
            private var values: [Int: Result<String, any Error>] = [:]
            func set(_ index: Int, _ value: Result<String, any Error>) { lock.withLock { values[index] = value } }
            func all(_ count: Int) throws -> [String] { try (0..<count).map { try values[$0]!.get() } }
        }
        let lanes = 4
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: count, by: lanes) {
                results.set(index, Result { try Crypto.hashPassword(password) })
            }
        }
        return try results.all(count)
    }
}
