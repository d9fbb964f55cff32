import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule CHK-02: records a quarterly check (自我检查制度 三、四、五). A supervisor check is recorded by a 督导, 见习督导
    /// or 督导助理 of a worker down their chain; an employer relationship check by 行政人事部, the chair or vice-chair
    /// for an active service point. Never edited or deleted. Logged.
    @discardableResult
    public func recordCheck(_ draft: CheckDraft, as session: Session, at now: Date = Date()) throws -> WorkCheck {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        return try accessTransaction(session, action: .create, at: now) { db, context in
            guard valid.kind.checkerRoles.contains(context.actor.role) else {
                throw ValidationError(field: N_("Checker"), N_("a %@ does not record this check"),
                                      context.actor.role.title, rule: "CHK-02")
            }
            let id = Crypto.newRecordID()
            switch valid.kind {
            case .supervisor:
                let worker = try AppDatabase.requireWorker(db, code: valid.subject, field: N_("Worker"))
                guard worker.isActive else {
                    throw ValidationError(field: N_("Worker"), N_("%@ is no longer active"), worker.code, rule: "CHK-02")
                }
                guard context.policy.chain.isSupervised(worker.code, by: context.actor.workerCode) else {
                    throw ValidationError(field: N_("Worker"), N_("%@ is not supervised by you"), worker.code,
                                          rule: "CHK-02")
                }
                try db.execute(sql: """
                    INSERT INTO supervisorCheck (id, workerCode, checkerCode, checkedOn, findings, strengths, problems,
                                                 measures, recordedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, worker.code, context.actor.workerCode, valid.checkedOn.description,
                                     valid.findings, valid.strengths, valid.problems, valid.measures,
                                     AuditTimestamp.format(now)])
            case .employer:
                guard let pointID = Int64(valid.subject) else {
                    throw ValidationError(field: N_("Service point"), N_("there is no service point number %@"),
                                          valid.subject, rule: "CHK-02")
                }
                let point = try AppDatabase.requireServicePoint(db, id: pointID)
                guard point.isActive else {
                    throw ValidationError(field: N_("Service point"), N_("%@ is closed"), point.name, rule: "CHK-02")
                }
                try db.execute(sql: """
                    INSERT INTO employerCheck (id, servicePointID, checkerCode, checkedOn, findings, strengths, problems,
                                               measures, recordedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, pointID, context.actor.workerCode, valid.checkedOn.description,
                                     valid.findings, valid.strengths, valid.problems, valid.measures,
                                     AuditTimestamp.format(now)])
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        detail: "\(valid.kind.rawValue) check \(id): \(valid.subject) on \(valid.checkedOn)")
            // Just inserted.
            return try AppDatabase.fetchChecks(db, kind: valid.kind, id: id).first!
        }
    }

    /// The checks the session reaches, newest first: employer relationship checks for any signed-in worker; a
    /// worker's checks for the worker, whoever checked or supervises them, and 服务部, 行政人事部 and the chair.
    public func checks(kind: CheckKind? = nil, as session: Session, at now: Date = Date()) throws -> [WorkCheck] {
        try writer.read { db in
            let context = try AppDatabase.accessContext(db, session: session, action: .view)
            var found: [WorkCheck] = []
            if kind != .employer {
                found += try AppDatabase.fetchChecks(db, kind: .supervisor).filter {
                    AppDatabase.reachesWorkerCheck(context, worker: $0.subject, checker: $0.checkerCode)
                }
            }
            if kind != .supervisor { found += try AppDatabase.fetchChecks(db, kind: .employer) }
            return found.sorted { ($0.checkedOn, $0.id) > ($1.checkedOn, $1.id) }
        }
    }

    /// Rules CHK-02, CHK-05: what the section shows as due, as `checkDueItems` gives it to the due board, soonest
    /// first; nothing is logged (no protected record is read).
    public func checkDeadlines(as session: Session, at now: Date = Date()) throws -> [DueItem] {
        let today = CalendarDate.today(now: now)
        return try writer.read { db in
            let context = try AppDatabase.accessContext(db, session: session, action: .view)
            return try AppDatabase.checkDueItems(db, context: context, today: today)
                .sorted { ($0.dueOn ?? today, $0.detail) < ($1.dueOn ?? today, $1.detail) }
        }
    }

    /// Rules CHK-02, CHK-05: for the due board, the check of each supervised worker not yet done this period
    /// (owed by their supervisor, due by the period's end), each active service point's employer relationship check
    /// (owed by 行政人事部), and each active visit target's next visit (never visited: due at once; owed by the chair or
    /// 行政人事部). Workers see what they owe and their team's; 服务部, 行政人事部 and the chair see every item.
    static func checkDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        let entries = try fetchPolicyEntries(db)
        let policy = try Policy(entries: entries)
        let window = DeadlineWindow(policy: policy)
        var items: [DueItem] = []

        let workerPeriod = CheckPeriod(containing: today, months: policy.supervisorCheckIntervalMonths)
        for row in try Row.fetchAll(db, sql: """
            SELECT w.code, w.name, w.supervisorCode,
                   (SELECT MAX(c.checkedOn) FROM supervisorCheck c WHERE c.workerCode = w.code) AS lastOn
            FROM worker w JOIN worker s ON s.code = w.supervisorCode
            WHERE w.isActive AND s.isActive ORDER BY w.code
            """) {
            let code: String = row["code"], owner: String = row["supervisorCode"]
            guard seesTeamItem(context, owner: owner, worker: code),
                  let due = workerPeriod.dueOn(lastCheckedOn: try (row["lastOn"] as String?).map { try CalendarDate(parsing: $0) })
            else { continue }
            items.append(DueItem(rule: "CHK-02", clauses: [CheckKind.supervisor.clause],
                                 title: N_("Quarterly check of a worker's service"),
                                 detail: "\(row["name"] as String)（\(code)）", subject: DueSubject(kind: .check, id: "worker:\(code)"),
                                 ownerCode: owner, dueOn: due, status: window.status(dueOn: due, today: today)))
        }

        guard managementRoles.contains(context.actor.role) || context.actor.role == .serviceDepartment else {
            return items
        }
        let owners = try firstActiveWorker(db, role: .adminHR), chair = try firstActiveWorker(db, role: .chair)
        let pointPeriod = CheckPeriod(containing: today, months: policy.employerCheckIntervalMonths)
        for row in try Row.fetchAll(db, sql: """
            SELECT p.id, p.name, p.employerUnit,
                   (SELECT MAX(c.checkedOn) FROM employerCheck c WHERE c.servicePointID = p.id) AS lastOn
            FROM servicePoint p WHERE p.isActive ORDER BY p.name
            """) {
            guard let owner = owners ?? chair,
                  let due = pointPeriod.dueOn(lastCheckedOn: try (row["lastOn"] as String?).map { try CalendarDate(parsing: $0) })
            else { continue }
            items.append(DueItem(rule: "CHK-02", clauses: [CheckKind.employer.clause],
                                 title: N_("Quarterly employer relationship check"),
                                 detail: "\(row["name"] as String) · \(row["employerUnit"] as String)",
                                 subject: DueSubject(kind: .check, id: "servicePoint:\(row["id"] as Int64)"),
                                 ownerCode: owner, dueOn: due, status: window.status(dueOn: due, today: today)))
        }
        for target in try fetchVisitTargets(db, policy: policy, today: today) where target.isActive {
            guard let due = target.nextVisitDue,
                  let owner = target.kind.owingRole == .adminHR ? owners ?? chair : chair ?? owners else { continue }
            items.append(DueItem(rule: "CHK-05", clauses: [target.kind.clause],
                                 title: target.kind == .townPostDepartment ? N_("Visit to a town post department")
                                     : N_("Quarterly visit to an employer unit"),
                                 detail: "\(target.name) · \(target.kind.chineseName)",
                                 subject: DueSubject(kind: .employerVisit, id: "target:\(target.id)"),
                                 ownerCode: owner, dueOn: due, status: window.status(dueOn: due, today: today)))
        }
        return items
    }

    // MARK: Reach

    /// Who records employer checks and visits, and sees them on the due board (拜访用人单位制度).
    static let managementRoles: Set<Role> = [.adminHR, .chair, .viceChair]

    /// Roles that see every worker's checks: 服务部, 行政人事部, the chair and vice-chair.
    private static let centreWideCheckRoles: Set<Role> = [.serviceDepartment, .adminHR, .chair, .viceChair]

    static func reachesWorkerCheck(_ context: AccessContext, worker: String, checker: String) -> Bool {
        let me = context.actor.workerCode
        return centreWideCheckRoles.contains(context.actor.role) || worker == me || checker == me
            || context.policy.chain.isSupervised(worker, by: me)
    }

    /// A worker's check on the due board: for the supervisor who owes it, anyone above them, and the centre-wide roles.
    private static func seesTeamItem(_ context: AccessContext, owner: String, worker: String) -> Bool {
        let me = context.actor.workerCode
        return owner == me || centreWideCheckRoles.contains(context.actor.role)
            || context.policy.chain.isSupervised(owner, by: me)
    }

    static func firstActiveWorker(_ db: Database, role: Role) throws -> String? {
        try String.fetchOne(db, sql: "SELECT code FROM worker WHERE role = ? AND isActive ORDER BY code LIMIT 1",
                            arguments: [role.rawValue])
    }

    // MARK: Rows

    static func fetchChecks(_ db: Database, kind: CheckKind, id: String? = nil) throws -> [WorkCheck] {
        let sql: String
        switch kind {
        case .supervisor:
            sql = """
                SELECT c.*, c.workerCode AS subject, w.name AS subjectName, k.name AS checkerName
                FROM supervisorCheck c JOIN worker w ON w.code = c.workerCode JOIN worker k ON k.code = c.checkerCode
                WHERE ?1 IS NULL OR c.id = ?1
                """
        case .employer:
            sql = """
                SELECT c.*, CAST(c.servicePointID AS TEXT) AS subject, p.name AS subjectName, k.name AS checkerName
                FROM employerCheck c JOIN servicePoint p ON p.id = c.servicePointID
                JOIN worker k ON k.code = c.checkerCode
                WHERE ?1 IS NULL OR c.id = ?1
                """
        }
        return try Row.fetchAll(db, sql: sql + " ORDER BY c.checkedOn DESC, c.recordedAt DESC", arguments: [id]).map { r in
            WorkCheck(id: r["id"], kind: kind, subject: r["subject"], subjectName: r["subjectName"],
                      checkerCode: r["checkerCode"], checkerName: r["checkerName"],
                      checkedOn: try CalendarDate(parsing: r["checkedOn"]), findings: r["findings"],
                      strengths: r["strengths"], problems: r["problems"], measures: r["measures"])
        }
    }
}
