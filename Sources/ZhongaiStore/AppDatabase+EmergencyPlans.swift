import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule EMG-02: stores the shipped plans as version 1 of each kind, the first time only (a later start never
    /// brings back what the centre replaced by a new version). Called inside the reference-data load.
    static func loadEmergencyPlans(_ db: Database, _ plans: [EmergencyPlan], at now: Date) throws -> Int {
        try db.execute(sql: "INSERT INTO referenceDataset (name, loadedAt) VALUES ('emergencyPlans', ?) ON CONFLICT DO NOTHING",
                       arguments: [now])
        guard db.changesCount > 0 else { return 0 }
        var stored = 0
        for plan in plans where try Bool.fetchOne(db, sql: "SELECT 1 FROM emergencyPlan WHERE kind = ?",
                                                   arguments: [plan.kind.rawValue]) != true {
            _ = try insertPlan(db, plan, version: 1, by: nil, at: now)
            stored += 1
        }
        return stored
    }

    /// The plan in force of each kind (its latest version), in the order of the source.
    public func emergencyPlans() throws -> [EmergencyPlan] {
        try writer.read { db in
            try EmergencyPlanKind.allCases.compactMap { try AppDatabase.fetchCurrentPlan(db, kind: $0) }
        }
    }

    /// Every version of the plan of `kind`, oldest first.
    public func emergencyPlanVersions(kind: EmergencyPlanKind) throws -> [EmergencyPlan] {
        try writer.read { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM emergencyPlan WHERE kind = ? ORDER BY version",
                                         arguments: [kind.rawValue])
            return try ids.compactMap { try AppDatabase.fetchPlan(db, id: $0) }
        }
    }

    /// Rule EMG-02: an edit of a plan (行政人事部 or the system administrator: `manageDirectory`) stored as the next
    /// version of its kind; events already run keep theirs. Refuses what `EmergencyPlan.validated` refuses — a step
    /// left with no role above all — and an edit that changes nothing. Logged.
    @discardableResult
    public func editEmergencyPlan(_ plan: EmergencyPlan, as session: Session, at now: Date = Date()) throws
        -> EmergencyPlan {
        let valid = try plan.validated()
        return try accessTransaction(session, action: .manageDirectory, at: now) { db, context in
            try context.authorize(db, .manageDirectory)
            guard let current = try AppDatabase.fetchCurrentPlan(db, kind: valid.kind) else {
                throw ValidationError(field: N_("Emergency plan"), N_("there is no plan %@ to edit"), valid.kind.rawValue,
                                      rule: "EMG-02")
            }
            guard current.title != valid.title || !AppDatabase.sameSteps(current.steps, valid.steps) else {
                throw ValidationError(field: N_("Emergency plan"), N_("the edit changes nothing"), rule: "EMG-02")
            }
            let id = try AppDatabase.insertPlan(db, valid, version: current.version + 1,
                                                by: context.actor.workerCode, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        detail: "emergencyPlan \(valid.kind.rawValue) version \(current.version + 1)")
            // Just inserted.
            return try AppDatabase.fetchPlan(db, id: id)!
        }
    }

    private static func sameSteps(_ a: [EmergencyPlanStep], _ b: [EmergencyPlanStep]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy {
            $0.text == $1.text && $0.role == $1.role && $0.callNumbers == $1.callNumbers
                && $0.parallelGroup == $1.parallelGroup
        }
    }

    private static func insertPlan(_ db: Database, _ plan: EmergencyPlan, version: Int, by worker: String?,
                                   at now: Date) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO emergencyPlan (kind, version, title, createdBy, createdAt) VALUES (?, ?, ?, ?, ?)
            """, arguments: [plan.kind.rawValue, version, plan.title, worker, AuditTimestamp.format(now)])
        let id = db.lastInsertedRowID
        for step in plan.steps {
            try db.execute(sql: """
                INSERT INTO emergencyPlanStep (planID, position, text, role, callNumbers, parallelGroup)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, step.position, step.text, step.role?.rawValue,
                                 step.callNumbers.joined(separator: ","), step.parallelGroup])
        }
        return id
    }

    static func fetchCurrentPlan(_ db: Database, kind: EmergencyPlanKind) throws -> EmergencyPlan? {
        guard let id = try Int64.fetchOne(db, sql: """
            SELECT id FROM emergencyPlan WHERE kind = ? ORDER BY version DESC LIMIT 1
            """, arguments: [kind.rawValue]) else { return nil }
        return try fetchPlan(db, id: id)
    }

    static func fetchPlan(_ db: Database, id: Int64) throws -> EmergencyPlan? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM emergencyPlan WHERE id = ?", arguments: [id]),
              let kind = EmergencyPlanKind(rawValue: row["kind"]) else { return nil }
        let steps = try Row.fetchAll(db, sql: "SELECT * FROM emergencyPlanStep WHERE planID = ? ORDER BY position",
                                     arguments: [id]).map { step in
            EmergencyPlanStep(id: step["id"], position: step["position"], text: step["text"],
                              role: SafetyRole(rawValue: step["role"]),
                              callNumbers: (step["callNumbers"] as String).split(separator: ",").map(String.init),
                              parallelGroup: step["parallelGroup"])
        }
        return EmergencyPlan(id: id, kind: kind, version: row["version"], title: row["title"], steps: steps,
                             createdBy: row["createdBy"], createdAt: AuditTimestamp.parse(row["createdAt"]))
    }
}
