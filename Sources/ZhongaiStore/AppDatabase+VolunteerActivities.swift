import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Records a volunteer training (志愿者培训), counted once for the worker who ran it (the signed-in worker by
    /// default) in its month (IND-01). Needs `create` for that worker and `view` on each attendee, who must have
    /// been with the centre that day; logged.
    @discardableResult
    public func recordVolunteerTraining(_ draft: VolunteerTrainingDraft, as session: Session, at now: Date = Date())
        throws -> VolunteerTraining {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let trainer = try AppDatabase.requireCreditedWorker(db, code: valid.trainerCode, context: context,
                                                                field: N_("Trainer"))
            let attendees = try AppDatabase.requireServingVolunteers(db, valid.attendeeIDs, on: valid.heldOn,
                                                                     context: context, field: N_("Attendees"))
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO volunteerTraining (id, heldOn, title, minutes, holderCode, servicePointID, recordedBy,
                                               recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, valid.heldOn.description, valid.title, valid.minutes, trainer.code,
                                 trainer.servicePointID, context.actor.workerCode, AuditTimestamp.format(now)])
            for volunteer in attendees {
                try db.execute(sql: "INSERT INTO volunteerTrainingAttendee (trainingID, volunteerID) VALUES (?, ?)",
                               arguments: [id, volunteer.id])
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        detail: "volunteer training \(id) on \(valid.heldOn) by \(trainer.code): "
                                            + "volunteers " + attendees.map { String($0.number) }.joined(separator: ","))
            // Just inserted.
            return try AppDatabase.fetchVolunteerTrainings(db, where: "volunteerTraining.id = ?", [id])[0]
        }
    }

    /// Records volunteers' service on one day (志愿者提供服务): each volunteer is one 人次 for the worker who
    /// organised it (the signed-in worker by default), in its month (IND-01). Needs `create` for that worker,
    /// `view` on each volunteer (with the centre that day) and on the programme named, if any; logged.
    @discardableResult
    public func recordVolunteerService(_ draft: VolunteerServiceDraft, as session: Session, at now: Date = Date())
        throws -> VolunteerService {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let organiser = try AppDatabase.requireCreditedWorker(db, code: valid.organiserCode, context: context,
                                                                  field: N_("Organiser"))
            let volunteers = try AppDatabase.requireServingVolunteers(db, valid.volunteerIDs, on: valid.servedOn,
                                                                      context: context, field: N_("Volunteers served"))
            var programmeID: String?
            if let code = valid.programmeCode {
                guard let id = try String.fetchOne(db, sql: "SELECT id FROM programme WHERE code = ?",
                                                   arguments: [code]) else {
                    throw ValidationError(field: N_("Programme"), N_("there is no group or activity with the code %@"),
                                          code)
                }
                _ = try AppDatabase.requireProgramme(db, id: id, context: context, for: .view)
                programmeID = id
            }
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO volunteerService (id, servedOn, hours, activity, programmeID, holderCode, servicePointID,
                                              recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, valid.servedOn.description, valid.hours, valid.activity, programmeID,
                                 organiser.code, organiser.servicePointID, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            for volunteer in volunteers {
                try db.execute(sql: "INSERT INTO volunteerServiceVolunteer (serviceID, volunteerID) VALUES (?, ?)",
                               arguments: [id, volunteer.id])
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        detail: "volunteer service \(id) on \(valid.servedOn) by \(organiser.code): "
                                            + "volunteers " + volunteers.map { String($0.number) }.joined(separator: ","))
            // Just inserted.
            return try AppDatabase.fetchVolunteerServices(db, where: "volunteerService.id = ?", [id])[0]
        }
    }

    /// The volunteer trainings the session may view (run by the worker; by their supervisees; all for 服务部 and
    /// the leaders), of one year or all, latest first, attendees' names masked; logged once as a `list`.
    public func volunteerTrainings(year: Int? = nil, as session: Session, at now: Date = Date()) throws
        -> [VolunteerTraining] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let (condition, arguments) = AppDatabase.activityCondition(context, table: "volunteerTraining",
                                                                       date: "heldOn", year: year)
            let found = try AppDatabase.fetchVolunteerTrainings(db, where: condition, arguments)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "volunteer training: \(found.count) shown")
            return found
        }
    }

    /// The volunteer service times the session may view, as `volunteerTrainings`; logged once as a `list`.
    public func volunteerServices(year: Int? = nil, as session: Session, at now: Date = Date()) throws
        -> [VolunteerService] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let (condition, arguments) = AppDatabase.activityCondition(context, table: "volunteerService",
                                                                       date: "servedOn", year: year)
            let found = try AppDatabase.fetchVolunteerServices(db, where: condition, arguments)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "volunteer service: \(found.count) shown")
            return found
        }
    }

    // MARK: Shared by the volunteer and publicity records

    /// The active worker credited with a record (`code`, else the signed-in worker), once `create` is allowed for
    /// their records: a worker records their own work, a supervisor that of their supervisees.
    static func requireCreditedWorker(_ db: Database, code: String?, context: AccessContext, field: String) throws
        -> Worker {
        let worker = try requireWorker(db, code: code ?? context.actor.workerCode, field: field).worker
        guard worker.isActive else {
            throw ValidationError(field: field, N_("%@ (%@) is no longer active"), worker.code, worker.name)
        }
        try context.authorize(.create, nil, ownership: RecordOwnership(holderCode: worker.code,
                                                                      servicePointID: worker.servicePointID))
        return worker
    }

    /// The access policy on a table whose `holderCode` and `servicePointID` say whose work a row is, and the year.
    static func activityCondition(_ context: AccessContext, table: String, date: String, year: Int?)
        -> (String, StatementArguments) {
        let visible = context.recordCondition(.view, alias: table)
        var sql = visible.sql
        var arguments = visible.arguments
        if let year {
            sql += " AND \(table).\(date) >= ? AND \(table).\(date) < ?"
            arguments += [String(format: "%04d-01-01", year), String(format: "%04d-01-01", year + 1)]
        }
        return (sql, arguments)
    }

    // MARK: Reading rows

    static func fetchVolunteerTrainings(_ db: Database, where condition: String, _ arguments: StatementArguments)
        throws -> [VolunteerTraining] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT * FROM volunteerTraining WHERE \(condition) ORDER BY heldOn DESC, recordedAt DESC
            """, arguments: arguments)
        let people = try volunteerRefs(db, table: "volunteerTrainingAttendee", key: "trainingID",
                                       ids: rows.map { $0["id"] })
        return try rows.map { row in
            VolunteerTraining(id: row["id"], heldOn: try CalendarDate(parsing: row["heldOn"]), title: row["title"],
                              minutes: row["minutes"], trainerCode: row["holderCode"],
                              servicePointID: row["servicePointID"], attendees: people[row["id"]] ?? [],
                              recordedBy: row["recordedBy"],
                              recordedAt: AuditTimestamp.parse(row["recordedAt"]) ?? Date(timeIntervalSince1970: 0))
        }
    }

    static func fetchVolunteerServices(_ db: Database, where condition: String, _ arguments: StatementArguments)
        throws -> [VolunteerService] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT volunteerService.*, programme.code AS programmeCode
            FROM volunteerService LEFT JOIN programme ON programme.id = volunteerService.programmeID
            WHERE \(condition) ORDER BY servedOn DESC, volunteerService.recordedAt DESC
            """, arguments: arguments)
        let people = try volunteerRefs(db, table: "volunteerServiceVolunteer", key: "serviceID",
                                       ids: rows.map { $0["id"] })
        return try rows.map { row in
            VolunteerService(id: row["id"], servedOn: try CalendarDate(parsing: row["servedOn"]), hours: row["hours"],
                             activity: row["activity"], programmeCode: row["programmeCode"],
                             organiserCode: row["holderCode"], servicePointID: row["servicePointID"],
                             volunteers: people[row["id"]] ?? [], recordedBy: row["recordedBy"],
                             recordedAt: AuditTimestamp.parse(row["recordedAt"]) ?? Date(timeIntervalSince1970: 0))
        }
    }

    /// The volunteers linked to each of `ids` in `table`, by number, names masked.
    private static func volunteerRefs(_ db: Database, table: String, key: String, ids: [String]) throws
        -> [String: [VolunteerRef]] {
        var result: [String: [VolunteerRef]] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let rows = try Row.fetchAll(db, sql: """
                SELECT link.\(key) AS owner, volunteer.id, volunteer.number, volunteer.name
                FROM \(table) AS link JOIN volunteer ON volunteer.id = link.volunteerID
                WHERE link.\(key) IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ", ")))
                ORDER BY volunteer.number
                """, arguments: StatementArguments(chunk))
            for row in rows {
                result[row["owner"], default: []].append(
                    VolunteerRef(id: row["id"], number: row["number"], name: SensitiveField.name.mask(row["name"])))
            }
        }
        return result
    }
}
