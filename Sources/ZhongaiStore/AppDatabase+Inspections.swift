import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule CHK-04: starts a workplace safety inspection of a service point (the signed-in worker's when none is
    /// given) on a day (today when nil; not in the future), the signed-in worker inspecting. Workplace records, not
    /// client data: any signed-in worker. Logged.
    @discardableResult
    public func startInspection(servicePointID: Int64? = nil, on day: CalendarDate? = nil, note: String = "",
                                as session: Session, at now: Date = Date()) throws -> SafetyInspection {
        let today = CalendarDate.today(now: now)
        let inspectedOn = day ?? today
        guard inspectedOn <= today else {
            throw ValidationError(field: N_("Date"), N_("%@ is in the future"), inspectedOn.description, rule: "CHK-04")
        }
        return try accessTransaction(session, action: .create, at: now) { db, context in
            guard let pointID = servicePointID ?? context.actor.servicePointID else {
                throw ValidationError(field: N_("Service point"), N_("say which service point is inspected"),
                                      rule: "CHK-04")
            }
            let point = try AppDatabase.requireServicePoint(db, id: pointID)
            guard point.isActive else {
                throw ValidationError(field: N_("Service point"), N_("%@ is closed"), point.name, rule: "CHK-04")
            }
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO safetyInspection (id, servicePointID, inspectedOn, inspectorCode, note, startedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, pointID, inspectedOn.description, context.actor.workerCode,
                                 note.trimmingCharacters(in: .whitespacesAndNewlines), AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        detail: "safetyInspection \(id): service point \(pointID) on \(inspectedOn)")
            return try AppDatabase.requireInspection(db, id: id)
        }
    }

    /// Rule CHK-04: records one of the nine items, in order or a finding (which needs its description), once.
    /// Logged.
    @discardableResult
    public func recordInspectionItem(inspectionID: String, item: InspectionItem, outcome: InspectionOutcome,
                                     finding: String = "", as session: Session, at now: Date = Date()) throws
        -> SafetyInspection {
        let text = finding.trimmingCharacters(in: .whitespacesAndNewlines)
        if outcome == .finding, text.isEmpty {
            throw ValidationError(field: N_("Finding"), N_("describe what was found at “%@”"), item.chineseName,
                                  rule: "CHK-04")
        }
        if outcome == .ok, !text.isEmpty {
            throw ValidationError(field: N_("Finding"), N_("an item in order has no finding; record it as a finding"),
                                  rule: "CHK-04")
        }
        return try accessTransaction(session, action: .edit, at: now) { db, context in
            let inspection = try AppDatabase.requireInspection(db, id: inspectionID)
            if let done = inspection.result(item) {
                throw ValidationError(field: N_("Item"), N_("“%@” was already recorded by %@"), item.chineseName,
                                      done.recordedBy, rule: "CHK-04")
            }
            try db.execute(sql: """
                INSERT INTO safetyInspectionItem (inspectionID, item, outcome, finding, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [inspectionID, item.rawValue, outcome.rawValue, text, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        detail: "safetyInspection \(inspectionID): \(item.rawValue) \(outcome.rawValue)")
            return try AppDatabase.requireInspection(db, id: inspectionID)
        }
    }

    /// Rule CHK-04: a photo of the inspection (on one item or the whole), checked like a case's scans
    /// (`AttachmentRules`: its kind from its content, within `attachment.max_megabytes`) and kept in the database.
    /// Logged as `attachmentAdded`.
    @discardableResult
    public func addInspectionPhoto(inspectionID: String, item: InspectionItem? = nil, fileName: String, data: Data,
                                   as session: Session, at now: Date = Date()) throws -> SafetyInspection {
        let checked = try AttachmentRules(policy: policy()).check(fileName: fileName, data: data)
        return try accessTransaction(session, action: .edit, at: now) { db, context in
            _ = try AppDatabase.requireInspection(db, id: inspectionID)
            try db.execute(sql: """
                INSERT INTO safetyInspectionPhoto (inspectionID, item, fileName, mediaType, data, addedBy, addedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [inspectionID, item?.rawValue, checked.fileName, checked.mediaType.rawValue, data,
                                 context.actor.workerCode, AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .attachmentAdded,
                                        detail: "safetyInspection \(inspectionID): \(checked.fileName)")
            return try AppDatabase.requireInspection(db, id: inspectionID)
        }
    }

    /// The bytes of an inspection photo, for any signed-in worker.
    public func inspectionPhotoData(id: Int64, as session: Session) throws -> Data {
        try writer.read { db in
            _ = try AppDatabase.accessContext(db, session: session, action: .view)
            guard let data = try Data.fetchOne(db, sql: "SELECT data FROM safetyInspectionPhoto WHERE id = ?",
                                               arguments: [id]) else {
                throw ValidationError(field: N_("Photo"), N_("there is no inspection photo number %@"), String(id))
            }
            return data
        }
    }

    /// Rule CHK-04: a follow-up action of an inspection, due by a day (not before the inspection), perhaps with a
    /// worker who sees to it. Logged.
    @discardableResult
    public func addInspectionFollowUp(inspectionID: String, item: InspectionItem? = nil, action: String,
                                      dueOn: CalendarDate, ownerCode: String? = nil, as session: Session,
                                      at now: Date = Date()) throws -> SafetyInspection {
        let text = try AppDatabase.requireText(action, field: N_("Follow-up"))
        return try accessTransaction(session, action: .edit, at: now) { db, context in
            let inspection = try AppDatabase.requireInspection(db, id: inspectionID)
            guard dueOn >= inspection.inspectedOn else {
                throw ValidationError(field: N_("Due"), N_("%@ is before the inspection of %@"), dueOn.description,
                                      inspection.inspectedOn.description, rule: "CHK-04")
            }
            if let ownerCode {
                _ = try AppDatabase.requireWorker(db, code: ownerCode, field: N_("Owner"))
            }
            try db.execute(sql: """
                INSERT INTO safetyFollowUp (inspectionID, item, action, dueOn, ownerCode) VALUES (?, ?, ?, ?, ?)
                """, arguments: [inspectionID, item?.rawValue, text, dueOn.description,
                                 ownerCode?.trimmingCharacters(in: .whitespaces)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        detail: "safetyInspection \(inspectionID): follow-up due \(dueOn)")
            return try AppDatabase.requireInspection(db, id: inspectionID)
        }
    }

    /// Marks a follow-up done today by the signed-in worker, once. Logged.
    @discardableResult
    public func completeInspectionFollowUp(id: Int64, as session: Session, at now: Date = Date()) throws
        -> SafetyInspection {
        try accessTransaction(session, action: .edit, at: now) { db, context in
            guard let row = try Row.fetchOne(db, sql: "SELECT inspectionID, doneOn FROM safetyFollowUp WHERE id = ?",
                                             arguments: [id]) else {
                throw ValidationError(field: N_("Follow-up"), N_("there is no follow-up number %@"), String(id),
                                      rule: "CHK-04")
            }
            if let done: String = row["doneOn"] {
                throw ValidationError(field: N_("Follow-up"), N_("the follow-up was already done on %@"), done,
                                      rule: "CHK-04")
            }
            try db.execute(sql: "UPDATE safetyFollowUp SET doneOn = ?, doneBy = ? WHERE id = ?",
                           arguments: [CalendarDate.today(now: now).description, context.actor.workerCode, id])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        detail: "safetyInspection \(row["inspectionID"] as String): follow-up \(id) done")
            return try AppDatabase.requireInspection(db, id: row["inspectionID"])
        }
    }

    /// One inspection in full (photos without their bytes), for any signed-in worker.
    public func safetyInspection(id: String, as session: Session) throws -> SafetyInspection {
        try writer.read { db in
            _ = try AppDatabase.accessContext(db, session: session, action: .view)
            return try AppDatabase.requireInspection(db, id: id)
        }
    }

    /// The inspections of one service point or all, newest first, for any signed-in worker.
    public func safetyInspections(servicePointID: Int64? = nil, as session: Session) throws -> [SafetyInspection] {
        try writer.read { db in
            _ = try AppDatabase.accessContext(db, session: session, action: .view)
            let ids = try String.fetchAll(db, sql: """
                SELECT id FROM safetyInspection WHERE ?1 IS NULL OR servicePointID = ?1
                ORDER BY inspectedOn DESC, startedAt DESC
                """, arguments: [servicePointID])
            return try ids.map { try AppDatabase.requireInspection(db, id: $0) }
        }
    }

    /// Rule CHK-04: for the due board, each active service point's next inspection (`inspection.interval_months`
    /// after its last complete one; at once when never inspected) and the follow-ups not done, with their status
    /// on the day of `now` (`deadline.due_soon_days`), rule and clause; soonest first.
    public func safetyDeadlines(as session: Session, at now: Date = Date()) throws -> [SafetyDeadline] {
        try writer.read { db in
            _ = try AppDatabase.accessContext(db, session: session, action: .view)
            return try AppDatabase.safetyDeadlines(db, today: CalendarDate.today(now: now))
        }
    }

    /// The safety dates on `today` (see above); reads only, logs nothing.
    static func safetyDeadlines(_ db: Database, today: CalendarDate) throws -> [SafetyDeadline] {
        let policy = try Policy(entries: fetchPolicyEntries(db))
        var sites: [Int64: SafetySchedule.Site] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT s.id, s.name,
                   (SELECT i.id FROM safetyInspection i WHERE i.servicePointID = s.id
                        AND (SELECT COUNT(*) FROM safetyInspectionItem t WHERE t.inspectionID = i.id) = ?
                    ORDER BY i.inspectedOn DESC, i.startedAt DESC LIMIT 1) AS lastID
            FROM servicePoint s WHERE s.isActive ORDER BY s.name
            """, arguments: [InspectionItem.allCases.count]) {
            let lastID: String? = row["lastID"]
            let lastOn = try lastID.flatMap {
                try String.fetchOne(db, sql: "SELECT inspectedOn FROM safetyInspection WHERE id = ?", arguments: [$0])
            }.map { try CalendarDate(parsing: $0) }
            sites[row["id"]] = SafetySchedule.Site(servicePointID: row["id"], servicePointName: row["name"],
                                                   lastInspectionID: lastID, lastInspectedOn: lastOn)
        }
        let open = try Row.fetchAll(db, sql: """
            SELECT f.*, i.servicePointID FROM safetyFollowUp f JOIN safetyInspection i ON i.id = f.inspectionID
            WHERE f.doneOn IS NULL
            """).compactMap { row -> (site: SafetySchedule.Site, inspectionID: String, followUp: InspectionFollowUp)? in
            guard let site = sites[row["servicePointID"]] else { return nil }
            return (site, row["inspectionID"], try AppDatabase.followUp(row))
        }
        let schedule = SafetySchedule(intervalMonths: policy.int(.safetyInspectionIntervalMonths),
                                      dueSoonDays: policy.int(.deadlineDueSoonDays))
        return schedule.deadlines(sites: sites.values.sorted { $0.servicePointName < $1.servicePointName },
                                  followUps: open, today: today)
    }

    // MARK: Reading rows

    static func requireInspection(_ db: Database, id: String) throws -> SafetyInspection {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT i.*, s.name AS servicePointName, w.name AS inspectorName FROM safetyInspection i
            JOIN servicePoint s ON s.id = i.servicePointID JOIN worker w ON w.code = i.inspectorCode WHERE i.id = ?
            """, arguments: [id]) else {
            throw ValidationError(field: N_("Inspection"), N_("there is no safety inspection “%@”"), id, rule: "CHK-04")
        }
        let items = try Row.fetchAll(db, sql: "SELECT * FROM safetyInspectionItem WHERE inspectionID = ?",
                                     arguments: [id]).compactMap { r -> InspectionItemResult? in
            guard let item = InspectionItem(rawValue: r["item"]), let outcome = InspectionOutcome(rawValue: r["outcome"])
            else { return nil }
            return InspectionItemResult(item: item, outcome: outcome, finding: r["finding"], recordedBy: r["recordedBy"],
                                        recordedAt: AuditTimestamp.parse(r["recordedAt"]) ?? Date(timeIntervalSince1970: 0))
        }.sorted { a, b in
            InspectionItem.allCases.firstIndex(of: a.item)! < InspectionItem.allCases.firstIndex(of: b.item)!
        }
        let followUps = try Row.fetchAll(db, sql: "SELECT * FROM safetyFollowUp WHERE inspectionID = ? ORDER BY id",
                                         arguments: [id]).map(followUp)
        let photos = try Row.fetchAll(db, sql: """
            SELECT id, item, fileName, mediaType, length(data) AS byteCount, addedBy, addedAt
            FROM safetyInspectionPhoto WHERE inspectionID = ? ORDER BY id
            """, arguments: [id]).map { r in
            InspectionPhoto(id: r["id"], item: (r["item"] as String?).flatMap(InspectionItem.init(rawValue:)),
                            fileName: r["fileName"], mediaType: r["mediaType"], byteCount: r["byteCount"],
                            addedBy: r["addedBy"], addedAt: AuditTimestamp.parse(r["addedAt"]) ?? Date(timeIntervalSince1970: 0))
        }
        return SafetyInspection(id: id, servicePointID: row["servicePointID"], servicePointName: row["servicePointName"],
                                inspectedOn: try CalendarDate(parsing: row["inspectedOn"]),
                                inspectorCode: row["inspectorCode"], inspectorName: row["inspectorName"],
                                note: row["note"], items: items, followUps: followUps, photos: photos)
    }

    private static func followUp(_ r: Row) throws -> InspectionFollowUp {
        InspectionFollowUp(id: r["id"], item: (r["item"] as String?).flatMap(InspectionItem.init(rawValue:)),
                           action: r["action"], dueOn: try CalendarDate(parsing: r["dueOn"]), ownerCode: r["ownerCode"],
                           doneOn: try (r["doneOn"] as String?).map { try CalendarDate(parsing: $0) }, doneBy: r["doneBy"])
    }
}
