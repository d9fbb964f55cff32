import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule EMG-03: starts an event, or a drill, on the plan of `kind` in force at a service point (the signed-in
    /// worker's when none is given). Any signed-in worker may: in a fire nobody checks roles. The event keeps the
    /// plan version it ran. Logged.
    @discardableResult
    public func startEmergency(kind: EmergencyPlanKind, isDrill: Bool, servicePointID: Int64? = nil,
                               as session: Session, at now: Date = Date()) throws -> EmergencyEvent {
        try accessTransaction(session, action: .create, at: now) { db, context in
            guard let pointID = servicePointID ?? context.actor.servicePointID else {
                throw ValidationError(field: N_("Service point"), N_("say at which service point this happens"),
                                      rule: "EMG-03")
            }
            let point = try AppDatabase.requireServicePoint(db, id: pointID)
            guard point.isActive else {
                throw ValidationError(field: N_("Service point"), N_("%@ is closed"), point.name, rule: "EMG-03")
            }
            guard let plan = try AppDatabase.fetchCurrentPlan(db, kind: kind), let planID = plan.id else {
                throw ValidationError(field: N_("Emergency plan"), N_("there is no plan %@: load the reference data"),
                                      kind.rawValue, rule: "EMG-02")
            }
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO emergencyEvent (id, planID, isDrill, servicePointID, startedBy, startedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, planID, isDrill, pointID, context.actor.workerCode, AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        detail: "emergencyEvent \(id): \(isDrill ? "drill" : "event") \(kind.rawValue) "
                                            + "version \(plan.version) at service point \(pointID)")
            // Just inserted.
            return try AppDatabase.fetchEvent(db, id: id)!
        }
    }

    /// Rule EMG-03: ticks one step of an event's plan as done, now, by `doneBy` (the signed-in worker when nil; else
    /// someone of the site's safety group), with a note. Refused: a step that is not of this event's plan version,
    /// a step already ticked, an event ended or reported. Logged.
    @discardableResult
    public func tickEmergencyStep(eventID: String, stepID: Int64, doneBy: String? = nil, note: String = "",
                                  as session: Session, at now: Date = Date()) throws -> EmergencyEvent {
        try accessTransaction(session, action: .edit, at: now) { db, context in
            let event = try AppDatabase.requireOpenEvent(db, id: eventID)
            guard let step = event.plan.step(id: stepID) else {
                throw ValidationError(field: N_("Step"), N_("step %@ is not a step of this event's plan"),
                                      String(stepID), rule: "EMG-03")
            }
            if let done = event.record(stepID: stepID) {
                throw ValidationError(field: N_("Step"), N_("step %@ was already ticked at %@ by %@"),
                                      String(step.position), AuditTimestamp.format(done.doneAt), done.doneByName,
                                      rule: "EMG-03")
            }
            let me = context.actor.workerCode
            let doer = doneBy?.trimmingCharacters(in: .whitespaces).nilIfEmpty ?? me
            if doer != me {
                let group = try AppDatabase.fetchSafetyGroup(db, servicePointID: event.servicePointID)
                guard group.contains(doer) else {
                    throw ValidationError(field: N_("Done by"),
                                          N_("%@ is not in the safety group of %@; tick the step yourself"), doer,
                                          group.servicePointName, rule: "EMG-03")
                }
            }
            try db.execute(sql: """
                INSERT INTO emergencyStepLog (eventID, stepID, doneAt, doneBy, recordedBy, note) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [eventID, stepID, AuditTimestamp.format(now), doer, me,
                                 note.trimmingCharacters(in: .whitespacesAndNewlines)])
            try AppDatabase.appendAudit(db, at: now, actor: me, action: .edit,
                                        detail: "emergencyEvent \(eventID): step \(step.position) done by \(doer)")
            return try AppDatabase.fetchEvent(db, id: eventID)!
        }
    }

    /// As above, naming the step by its position (from 1) in the event's plan version.
    @discardableResult
    public func tickEmergencyStep(eventID: String, position: Int, doneBy: String? = nil, note: String = "",
                                  as session: Session, at now: Date = Date()) throws -> EmergencyEvent {
        let stepID = try writer.read { db -> Int64 in
            let event = try AppDatabase.requireEvent(db, id: eventID)
            guard let id = event.plan.step(at: position)?.id else {
                throw ValidationError(field: N_("Step"), N_("the plan %@ has no step %@"), event.plan.title,
                                      String(position), rule: "EMG-03")
            }
            return id
        }
        return try tickEmergencyStep(eventID: eventID, stepID: stepID, doneBy: doneBy, note: note, as: session, at: now)
    }

    /// Ends an event (EMG-03): its time is counted from start to end; no step is ticked after. Any signed-in
    /// worker; once. Logged.
    @discardableResult
    public func endEmergency(eventID: String, as session: Session, at now: Date = Date()) throws -> EmergencyEvent {
        try accessTransaction(session, action: .edit, at: now) { db, context in
            let event = try AppDatabase.requireOpenEvent(db, id: eventID)
            let end = max(now, event.startedAt)
            try db.execute(sql: "UPDATE emergencyEvent SET endedAt = ?, endedBy = ? WHERE id = ?",
                           arguments: [AuditTimestamp.format(end), context.actor.workerCode, eventID])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        detail: "emergencyEvent \(eventID): ended")
            return try AppDatabase.fetchEvent(db, id: eventID)!
        }
    }

    /// Rule EMG-03: a note added to an event's log, on a step (`position`) or the whole event, at any time, by any
    /// signed-in worker: the only change a reported event accepts. Logged.
    @discardableResult
    public func annotateEmergency(eventID: String, position: Int? = nil, text: String, as session: Session,
                                  at now: Date = Date()) throws -> EmergencyEvent {
        let body = try AppDatabase.requireText(text, field: N_("Annotation"))
        return try accessTransaction(session, action: .edit, at: now) { db, context in
            let event = try AppDatabase.requireEvent(db, id: eventID)
            if let position, event.plan.step(at: position) == nil {
                throw ValidationError(field: N_("Step"), N_("the plan %@ has no step %@"), event.plan.title,
                                      String(position), rule: "EMG-03")
            }
            try db.execute(sql: """
                INSERT INTO emergencyAnnotation (eventID, position, text, writtenBy, writtenAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [eventID, position, body, context.actor.workerCode, AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        detail: "emergencyEvent \(eventID): annotated"
                                            + (position.map { " step \($0)" } ?? ""))
            return try AppDatabase.fetchEvent(db, id: eventID)!
        }
    }

    /// One event in full, for any signed-in worker.
    public func emergencyEvent(id: String, as session: Session) throws -> EmergencyEvent {
        try writer.read { db in
            _ = try AppDatabase.accessContext(db, session: session, action: .view)
            return try AppDatabase.requireEvent(db, id: id)
        }
    }

    /// The history (EMG-03): events and drills, of one service point and/or kind or all, newest first, with the
    /// time each took; `running` keeps only those not ended.
    public func emergencyEvents(servicePointID: Int64? = nil, kind: EmergencyPlanKind? = nil, running: Bool = false,
                                as session: Session) throws -> [EmergencyEventSummary] {
        try writer.read { db in
            _ = try AppDatabase.accessContext(db, session: session, action: .view)
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let servicePointID {
                conditions.append("e.servicePointID = ?")
                arguments += [servicePointID]
            }
            if let kind {
                conditions.append("p.kind = ?")
                arguments += [kind.rawValue]
            }
            if running { conditions.append("e.endedAt IS NULL") }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try Row.fetchAll(db, sql: """
                SELECT e.id, e.isDrill, e.servicePointID, s.name AS servicePointName, e.startedBy, e.startedAt,
                       e.endedAt, p.kind, p.version,
                       (SELECT COUNT(*) FROM emergencyStepLog l WHERE l.eventID = e.id) AS stepsDone,
                       (SELECT COUNT(*) FROM emergencyPlanStep t WHERE t.planID = e.planID) AS stepCount,
                       EXISTS (SELECT 1 FROM emergencyReport r WHERE r.eventID = e.id AND r.submittedAt IS NOT NULL)
                           AS reportSubmitted
                FROM emergencyEvent e JOIN emergencyPlan p ON p.id = e.planID
                JOIN servicePoint s ON s.id = e.servicePointID
                \(filter) ORDER BY e.startedAt DESC, e.id
                """, arguments: arguments).compactMap { row in
                guard let kind = EmergencyPlanKind(rawValue: row["kind"]),
                      let startedAt = AuditTimestamp.parse(row["startedAt"]) else { return nil }
                return EmergencyEventSummary(
                    id: row["id"], kind: kind, planVersion: row["version"], isDrill: row["isDrill"],
                    servicePointID: row["servicePointID"], servicePointName: row["servicePointName"],
                    startedBy: row["startedBy"], startedAt: startedAt,
                    endedAt: (row["endedAt"] as String?).flatMap(AuditTimestamp.parse), stepsDone: row["stepsDone"],
                    stepCount: row["stepCount"], reportSubmitted: row["reportSubmitted"])
            }
        }
    }

    // MARK: Reading rows

    static func requireEvent(_ db: Database, id: String) throws -> EmergencyEvent {
        guard let event = try fetchEvent(db, id: id) else {
            throw ValidationError(field: N_("Event"), N_("there is no emergency event “%@”"), id, rule: "EMG-03")
        }
        return event
    }

    /// The event, refused when ended or reported: its log is closed.
    static func requireOpenEvent(_ db: Database, id: String) throws -> EmergencyEvent {
        let event = try requireEvent(db, id: id)
        guard !event.isReportSubmitted else {
            throw ValidationError(field: N_("Event"), N_("the report is submitted: the log can only be annotated"),
                                  rule: "EMG-03")
        }
        guard !event.isEnded else {
            throw ValidationError(field: N_("Event"), N_("the event has ended: annotate the log instead"),
                                  rule: "EMG-03")
        }
        return event
    }

    static func fetchEvent(_ db: Database, id: String) throws -> EmergencyEvent? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT e.*, s.name AS servicePointName, w.name AS startedByName FROM emergencyEvent e
            JOIN servicePoint s ON s.id = e.servicePointID JOIN worker w ON w.code = e.startedBy WHERE e.id = ?
            """, arguments: [id]),
              let plan = try fetchPlan(db, id: row["planID"]),
              let startedAt = AuditTimestamp.parse(row["startedAt"]) else { return nil }
        let positions = Dictionary(uniqueKeysWithValues: plan.steps.compactMap { s in s.id.map { ($0, s.position) } })
        let log = try Row.fetchAll(db, sql: """
            SELECT l.*, w.name FROM emergencyStepLog l JOIN worker w ON w.code = l.doneBy
            WHERE l.eventID = ? ORDER BY l.doneAt, l.stepID
            """, arguments: [id]).map { r in
            EmergencyStepRecord(stepID: r["stepID"], position: positions[r["stepID"]] ?? 0,
                                doneAt: AuditTimestamp.parse(r["doneAt"]) ?? startedAt, doneBy: r["doneBy"],
                                doneByName: r["name"], recordedBy: r["recordedBy"], note: r["note"])
        }
        let annotations = try Row.fetchAll(db, sql: """
            SELECT a.*, w.name FROM emergencyAnnotation a JOIN worker w ON w.code = a.writtenBy
            WHERE a.eventID = ? ORDER BY a.id
            """, arguments: [id]).map { r in
            EmergencyAnnotation(id: r["id"], position: r["position"], text: r["text"], writtenBy: r["writtenBy"],
                                writtenByName: r["name"], writtenAt: AuditTimestamp.parse(r["writtenAt"]) ?? startedAt)
        }
        let report = try Row.fetchOne(db, sql: "SELECT * FROM emergencyReport WHERE eventID = ?", arguments: [id])
            .map { r in
                EmergencyReport(account: r["account"], peopleAffected: r["peopleAffected"], followUp: r["followUp"],
                                submittedBy: r["submittedBy"],
                                submittedAt: (r["submittedAt"] as String?).flatMap(AuditTimestamp.parse))
            }
        return EmergencyEvent(id: id, plan: plan, isDrill: row["isDrill"], servicePointID: row["servicePointID"],
                              servicePointName: row["servicePointName"], startedBy: row["startedBy"],
                              startedByName: row["startedByName"], startedAt: startedAt, endedBy: row["endedBy"],
                              endedAt: (row["endedAt"] as String?).flatMap(AuditTimestamp.parse), log: log,
                              annotations: annotations, report: report)
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
