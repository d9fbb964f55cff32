import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule CHK-05: adds a unit or person the centre visits (`VisitTarget.managingRoles`), optionally in a town and
    /// for a service point. Logged.
    @discardableResult
    public func addVisitTarget(_ draft: VisitTargetDraft, as session: Session, at now: Date = Date()) throws
        -> VisitTarget {
        let valid = try draft.validated()
        return try accessTransaction(session, action: .create, at: now) { db, context in
            try AppDatabase.requireVisitTargetManager(context)
            let townID = try valid.townName.map { name -> Int64 in
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM town WHERE name = ?", arguments: [name]) else {
                    throw ValidationError(field: N_("Town"), N_("there is no town “%@”"), name, rule: "CHK-05")
                }
                return id
            }
            if let pointID = valid.servicePointID { _ = try AppDatabase.requireServicePoint(db, id: pointID) }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM visitTarget WHERE name = ? AND kind = ?",
                                 arguments: [valid.name, valid.kind.rawValue]) == true {
                throw ValidationError(field: N_("Visit target"), N_("“%@” is already on the list"), valid.name,
                                      rule: "CHK-05")
            }
            try db.execute(sql: """
                INSERT INTO visitTarget (name, kind, townID, servicePointID, createdBy, createdAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [valid.name, valid.kind.rawValue, townID, valid.servicePointID,
                                 context.actor.workerCode, AuditTimestamp.format(now)])
            let id = db.lastInsertedRowID
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        detail: "visitTarget \(id): \(valid.name) (\(valid.kind.rawValue))")
            return try AppDatabase.requireVisitTarget(db, id: id, today: CalendarDate.today(now: now))
        }
    }

    /// Rule CHK-05: takes a target off the list (or back on it); its visits are kept. Logged.
    @discardableResult
    public func setVisitTargetActive(id: Int64, _ isActive: Bool, as session: Session, at now: Date = Date()) throws
        -> VisitTarget {
        try accessTransaction(session, action: .edit, at: now) { db, context in
            try AppDatabase.requireVisitTargetManager(context)
            let today = CalendarDate.today(now: now)
            _ = try AppDatabase.requireVisitTarget(db, id: id, today: today)
            try db.execute(sql: "UPDATE visitTarget SET isActive = ? WHERE id = ?", arguments: [isActive, id])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        detail: "visitTarget \(id): " + (isActive ? "active" : "inactive"))
            return try AppDatabase.requireVisitTarget(db, id: id, today: today)
        }
    }

    /// Rule CHK-05: the visit targets with their last visit and the next one due, for any signed-in worker.
    public func visitTargets(includingInactive: Bool = false, as session: Session, at now: Date = Date()) throws
        -> [VisitTarget] {
        try writer.read { db in
            _ = try AppDatabase.accessContext(db, session: session, action: .view)
            let policy = try Policy(entries: AppDatabase.fetchPolicyEntries(db))
            return try AppDatabase.fetchVisitTargets(db, policy: policy, today: CalendarDate.today(now: now))
                .filter { includingInactive || $0.isActive }
        }
    }

    /// Rule CHK-05: records a visit to an active target by the signed-in worker, whose role must be the one the
    /// source names for it (the chair or vice-chair; 行政人事部 for a town post's department head). Never edited.
    /// Logged.
    @discardableResult
    public func recordEmployerVisit(_ draft: EmployerVisitDraft, as session: Session, at now: Date = Date()) throws
        -> EmployerVisit {
        let today = CalendarDate.today(now: now)
        let valid = try draft.validated(today: today)
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let target = try AppDatabase.requireVisitTarget(db, id: valid.targetID, today: today)
            guard target.isActive else {
                throw ValidationError(field: N_("Visit target"), N_("“%@” is no longer on the list"), target.name,
                                      rule: "CHK-05")
            }
            guard target.kind.visitorRoles.contains(context.actor.role) else {
                throw ValidationError(field: N_("Visitor"), N_("the visit to “%@” is for %@"), target.name,
                                      target.kind.visitorRoles.sorted { $0.rawValue < $1.rawValue }
                                          .map(\.chineseName).joined(separator: "/"), rule: "CHK-05")
            }
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO employerVisit (id, targetID, visitedOn, visitorCode, peopleMet, content, followUp, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, target.id, valid.visitedOn.description, context.actor.workerCode, valid.peopleMet,
                                 valid.content, valid.followUp, AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        detail: "employerVisit \(id): target \(target.id) on \(valid.visitedOn)")
            // Just inserted.
            return try AppDatabase.fetchEmployerVisits(db, id: id).first!
        }
    }

    /// Rule CHK-05: the visits of one target or all, newest first, for any signed-in worker.
    public func employerVisits(targetID: Int64? = nil, as session: Session) throws -> [EmployerVisit] {
        try writer.read { db in
            _ = try AppDatabase.accessContext(db, session: session, action: .view)
            return try AppDatabase.fetchEmployerVisits(db, targetID: targetID)
        }
    }

    // MARK: Rows

    private static func requireVisitTargetManager(_ context: AccessContext) throws {
        guard VisitTarget.managingRoles.contains(context.actor.role) else {
            throw ValidationError(field: N_("Visit target"), N_("a %@ does not keep the list of visit targets"),
                                  context.actor.role.title, rule: "CHK-05")
        }
    }

    static func fetchVisitTargets(_ db: Database, policy: Policy, today: CalendarDate, id: Int64? = nil) throws
        -> [VisitTarget] {
        try Row.fetchAll(db, sql: """
            SELECT t.*, town.name AS townName, p.name AS servicePointName,
                   (SELECT MAX(v.visitedOn) FROM employerVisit v WHERE v.targetID = t.id) AS lastOn
            FROM visitTarget t LEFT JOIN town ON town.id = t.townID LEFT JOIN servicePoint p ON p.id = t.servicePointID
            WHERE ?1 IS NULL OR t.id = ?1
            ORDER BY t.kind, t.name
            """, arguments: [id]).map { r in
            let kind = VisitTargetKind(rawValue: r["kind"]) ?? .projectLead
            let last = try (r["lastOn"] as String?).map { try CalendarDate(parsing: $0) }
            let isActive: Bool = r["isActive"]
            return VisitTarget(id: r["id"], name: r["name"], kind: kind, townID: r["townID"], townName: r["townName"],
                               servicePointID: r["servicePointID"], servicePointName: r["servicePointName"],
                               isActive: isActive, lastVisitedOn: last,
                               nextVisitDue: isActive ? kind.nextVisitDue(lastVisitedOn: last, policy: policy, today: today)
                                   : nil)
        }
    }

    static func requireVisitTarget(_ db: Database, id: Int64, today: CalendarDate) throws -> VisitTarget {
        let policy = try Policy(entries: fetchPolicyEntries(db))
        guard let target = try fetchVisitTargets(db, policy: policy, today: today, id: id).first else {
            throw ValidationError(field: N_("Visit target"), N_("there is no visit target number %@"), String(id),
                                  rule: "CHK-05")
        }
        return target
    }

    static func fetchEmployerVisits(_ db: Database, id: String? = nil, targetID: Int64? = nil) throws -> [EmployerVisit] {
        try Row.fetchAll(db, sql: """
            SELECT v.*, t.name AS targetName, t.kind AS targetKind, w.name AS visitorName
            FROM employerVisit v JOIN visitTarget t ON t.id = v.targetID JOIN worker w ON w.code = v.visitorCode
            WHERE (?1 IS NULL OR v.id = ?1) AND (?2 IS NULL OR v.targetID = ?2)
            ORDER BY v.visitedOn DESC, v.recordedAt DESC
            """, arguments: [id, targetID]).map { r in
            EmployerVisit(id: r["id"], targetID: r["targetID"], targetName: r["targetName"],
                          targetKind: VisitTargetKind(rawValue: r["targetKind"]) ?? .projectLead,
                          visitedOn: try CalendarDate(parsing: r["visitedOn"]), visitorCode: r["visitorCode"],
                          visitorName: r["visitorName"], peopleMet: r["peopleMet"], content: r["content"],
                          followUp: r["followUp"])
        }
    }
}
