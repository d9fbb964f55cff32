import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// IND-01: volunteers recruited, volunteer trainings and service times, outreach and newsletters of a year, per
    /// worker and month.
    static func volunteerIndicatorTally(_ db: Database, year: Int) throws -> IndicatorTally {
        try volunteerIndicatorTally(db, year: year, workers: nil)
    }

    /// As above, of `workers` only when given (nil: everyone). One aggregate query per source, grouped by worker
    /// and month over the date index of each table (the indicator sheets of every post read it at once).
    static func volunteerIndicatorTally(_ db: Database, year: Int, workers: [String]?) throws -> IndicatorTally {
        let from = String(format: "%04d-01-01", year)
        let until = String(format: "%04d-01-01", year + 1)
        var tally = IndicatorTally()
        // Rule IND-01: 发展志愿者人数 (人), 志愿者培训 (次), 志愿者提供服务 (人次: one per volunteer named),
        // 外展宣传 (次), 服务简报 (期).
        let sources: [(Indicator, String, String, String)] = [
            (.volunteersRecruited, "volunteer", "recruitedBy", "joinedOn"),
            (.volunteerTraining, "volunteerTraining", "holderCode", "heldOn"),
            (.volunteerServices, "volunteerService JOIN volunteerServiceVolunteer ON serviceID = volunteerService.id",
             "holderCode", "servedOn"),
            (.outreach, "outreach", "holderCode", "heldOn"),
            (.newsletter, "newsletter", "holderCode", "publishedOn"),
        ]
        for (indicator, table, worker, date) in sources {
            var arguments: StatementArguments = [from, until]
            var condition = "\(date) >= ? AND \(date) < ?"
            if let workers {
                condition += " AND \(worker) IN (" + Array(repeating: "?", count: workers.count).joined(separator: ", ")
                    + (workers.isEmpty ? "NULL)" : ")")
                arguments += StatementArguments(workers)
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(worker) AS worker, CAST(substr(\(date), 6, 2) AS INTEGER) AS month, COUNT(*) AS count
                FROM \(table) WHERE \(condition) GROUP BY \(worker), month
                """, arguments: arguments)
            for row in rows {
                tally.add(worker: row["worker"], indicator: indicator, month: row["month"], count: row["count"])
            }
        }
        return tally
    }

    /// The year's counts of the five volunteer and publicity indicators of one worker (IND-01), for a worker whose
    /// records the session may view (their own; their supervisees'; everyone's for 服务部 and the leaders). Counts
    /// only: nothing personal is read, and nothing is logged.
    public func volunteerYearCounts(year: Int, workerCode: String? = nil, as session: Session,
                                    at now: Date = Date()) throws -> VolunteerYearCounts {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let worker = try AppDatabase.requireWorker(db, code: workerCode ?? context.actor.workerCode,
                                                       field: N_("Worker")).worker
            try context.authorize(.view, nil, ownership: RecordOwnership(holderCode: worker.code,
                                                                         servicePointID: worker.servicePointID))
            return VolunteerYearCounts(
                workerCode: worker.code, year: year,
                tally: try AppDatabase.volunteerIndicatorTally(db, year: year, workers: [worker.code]))
        }
    }

    // MARK: Volunteers

    /// Enters a volunteer (志愿者) as a protected record held by the worker who recruited them (the signed-in
    /// worker by default), credited to them in the month of joining (IND-01). Needs `create` for that ownership;
    /// logged. A volunteer with the same name and phone as one on file is refused with
    /// `PossibleDuplicateVolunteers` (recruiting one person twice would count them twice) unless
    /// `allowingDuplicates`.
    @discardableResult
    public func addVolunteer(_ draft: VolunteerDraft, as session: Session, allowingDuplicates: Bool = false,
                             at now: Date = Date()) throws -> Volunteer {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let recruiter = try AppDatabase.requireWorker(db, code: valid.recruitedBy ?? context.actor.workerCode,
                                                          field: N_("Recruited by")).worker
            guard recruiter.isActive else {
                throw ValidationError(field: N_("Recruited by"), N_("%@ (%@) is no longer active"), recruiter.code,
                                      recruiter.name)
            }
            let point = try AppDatabase.volunteerServicePoint(db, valid.servicePointID ?? recruiter.servicePointID)
            try context.authorize(.create, nil, ownership: RecordOwnership(holderCode: recruiter.code,
                                                                          servicePointID: point))
            if !allowingDuplicates {
                let duplicates = try AppDatabase.volunteerDuplicates(db, of: valid, context: context)
                if !duplicates.duplicates.isEmpty || duplicates.heldElsewhere > 0 { throw duplicates }
            }
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .volunteer, holderCode: recruiter.code,
                                                              servicePointID: point, at: now)
            let number = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(number), 0) + 1 FROM volunteer") ?? 1
            try db.execute(sql: """
                INSERT INTO volunteer (id, number, name, gender, phone, birthYear, skills, note, recruitedBy, joinedOn,
                                       createdBy, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ref.id, number, valid.name, valid.gender?.rawValue, valid.phone, valid.birthYear,
                                 valid.skills, valid.note, recruiter.code, valid.joinedOn.description,
                                 context.actor.workerCode, AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                                        detail: "volunteer \(number), recruited by \(recruiter.code) on \(valid.joinedOn)")
            // Just inserted.
            return try AppDatabase.fetchVolunteer(db, id: ref.id)!
        }
    }

    /// One volunteer in full, name and phone included: `view` (or `export`/`print`), logged; refused alike when
    /// unknown or out of scope (`AccessDenied`, logged).
    public func volunteer(id: String, as session: Session, at now: Date = Date()) throws -> Volunteer {
        let ref = ProtectedRecordRef(kind: .volunteer, id: id)
        return try accessTransaction(session, action: .view, record: ref, at: now) { db, context in
            let volunteer = try AppDatabase.requireVolunteer(db, id: id, context: context, for: .view)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref)
            return volunteer
        }
    }

    /// Changes a volunteer's details (`edit`); logged with the names of the fields changed. Who recruited them
    /// does not change (IND-01), nor does the service point (a handover, CONF-03).
    @discardableResult
    public func updateVolunteer(id: String, _ draft: VolunteerDraft, as session: Session, at now: Date = Date()) throws
        -> Volunteer {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        let ref = ProtectedRecordRef(kind: .volunteer, id: id)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let old = try AppDatabase.requireVolunteer(db, id: id, context: context, for: .edit)
            if let recruiter = valid.recruitedBy, recruiter != old.recruitedBy {
                throw ValidationError(field: N_("Recruited by"),
                                      N_("does not change: the volunteer is counted for %@ (IND-01)"), old.recruitedBy,
                                      rule: "IND-01")
            }
            if let point = valid.servicePointID, point != old.servicePointID {
                throw ValidationError(field: N_("Service point"), N_("changes by a handover, not by editing"),
                                      rule: "CONF-03")
            }
            if let left = old.leftOn, valid.joinedOn > left {
                throw ValidationError(field: N_("Joined on"), N_("%@ is after the volunteer left on %@"),
                                      valid.joinedOn.description, left.description)
            }
            let changed = AppDatabase.changedVolunteerFields(from: old, to: valid)
            guard !changed.isEmpty else { return old }
            try db.execute(sql: """
                UPDATE volunteer SET name = ?, gender = ?, phone = ?, birthYear = ?, skills = ?, note = ?, joinedOn = ?
                WHERE id = ?
                """, arguments: [valid.name, valid.gender?.rawValue, valid.phone, valid.birthYear, valid.skills,
                                 valid.note, valid.joinedOn.description, id])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: "changed " + changed.joined(separator: ", "))
            // Exists: read above.
            return try AppDatabase.fetchVolunteer(db, id: id)!
        }
    }

    /// Records that a volunteer left (once; never deleted: CONF-05). `edit`; logged.
    @discardableResult
    public func volunteerLeft(id: String, on day: CalendarDate, reason: String, as session: Session,
                              at now: Date = Date()) throws -> Volunteer {
        let ref = ProtectedRecordRef(kind: .volunteer, id: id)
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { throw ValidationError(field: N_("Reason"), N_("is empty")) }
        try VolunteerRules.requireNotFuture(day, today: CalendarDate.today(now: now), field: N_("Left on"))
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let old = try AppDatabase.requireVolunteer(db, id: id, context: context, for: .edit)
            if let left = old.leftOn {
                throw ValidationError(field: N_("Left on"), N_("the volunteer already left on %@"), left.description)
            }
            guard day >= old.joinedOn else {
                throw ValidationError(field: N_("Left on"), N_("%@ is before the volunteer joined on %@"),
                                      day.description, old.joinedOn.description)
            }
            try db.execute(sql: "UPDATE volunteer SET leftOn = ?, leftReason = ? WHERE id = ?",
                           arguments: [day.description, why, id])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: "left on \(day)")
            // Exists: read above.
            return try AppDatabase.fetchVolunteer(db, id: id)!
        }
    }

    /// The volunteers the session may view, by number, names and phones masked; `text` finds a name (or part),
    /// a number, the last four digits of a phone or a skill; those who left only with `includingLeft`. Filtered
    /// by the access policy in SQL; logged once as a `list` (without the text searched).
    public func volunteers(matching text: String = "", includingLeft: Bool = false, as session: Session,
                           at now: Date = Date()) throws -> [VolunteerSummary] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let visible = context.recordCondition(.view)
            var terms = [visible.sql]
            var arguments = visible.arguments
            if !includingLeft { terms.append("volunteer.leftOn IS NULL") }
            let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !query.isEmpty {
                var any = ["instr(volunteer.name, ?) > 0", "instr(volunteer.skills, ?) > 0"]
                arguments += [query, query]
                if let number = Int(query) {
                    any.append("volunteer.number = ?")
                    arguments += [number]
                }
                if query.count == 4, query.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    any.append("substr(volunteer.phone, -4) = ?")
                    arguments += [query]
                }
                terms.append("(" + any.joined(separator: " OR ") + ")")
            }
            let found = try Row.fetchAll(db, sql: AppDatabase.volunteerSelect + """
                 WHERE \(terms.joined(separator: " AND ")) ORDER BY volunteer.number
                """, arguments: arguments).map { try AppDatabase.volunteer($0).summary }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "volunteer: \(found.count) shown")
            return found
        }
    }

    // MARK: Checks

    /// The volunteer, once `action` on it is authorized; a missing id is denied like one outside the scopes.
    static func requireVolunteer(_ db: Database, id: String, context: AccessContext, for action: AccessAction) throws
        -> Volunteer {
        let ref = ProtectedRecordRef(kind: .volunteer, id: id)
        try context.authorize(db, action, ref)
        guard let volunteer = try fetchVolunteer(db, id: id) else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: action, record: ref, reason: .noSuchRecord)
        }
        return volunteer
    }

    /// The volunteers named on a training or service time on `day`, by id or by number: each one the session may
    /// view (`AccessDenied` otherwise) and with the centre that day.
    static func requireServingVolunteers(_ db: Database, _ keys: [String], on day: CalendarDate,
                                         context: AccessContext, field: String) throws -> [Volunteer] {
        var found: [Volunteer] = []
        for key in keys {
            var id = key
            if let number = Int(key) {
                guard let byNumber = try String.fetchOne(db, sql: "SELECT id FROM volunteer WHERE number = ?",
                                                         arguments: [number]) else {
                    throw ValidationError(field: field, N_("there is no volunteer number %@"), key)
                }
                id = byNumber
            }
            let volunteer = try requireVolunteer(db, id: id, context: context, for: .view)
            guard volunteer.serves(on: day) else {
                throw ValidationError(field: field, N_("volunteer %@ was not with the centre on %@ (joined %@, left %@)"),
                                      String(volunteer.number), day.description, volunteer.joinedOn.description,
                                      volunteer.leftOn?.description ?? "-", rule: "IND-01")
            }
            if !found.contains(where: { $0.id == volunteer.id }) { found.append(volunteer) }
        }
        return found
    }

    private static func volunteerServicePoint(_ db: Database, _ id: Int64?) throws -> Int64? {
        guard let id else { return nil }
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM servicePoint WHERE id = ?", arguments: [id]) == true else {
            throw ValidationError(field: N_("Service point"), N_("there is no service point %@"), String(id))
        }
        return id
    }

    /// The volunteers on file with the draft's name and phone: those the session may see, and how many others.
    private static func volunteerDuplicates(_ db: Database, of draft: VolunteerDraft, context: AccessContext) throws
        -> PossibleDuplicateVolunteers {
        guard let phone = draft.phone else { return PossibleDuplicateVolunteers(duplicates: [], heldElsewhere: 0) }
        let matches = try Row.fetchAll(db, sql: volunteerSelect + """
             WHERE volunteer.name = ? AND volunteer.phone = ? ORDER BY volunteer.number
            """, arguments: [draft.name, phone]).map(volunteer)
        let seen = matches.filter {
            context.allows(.view, on: RecordOwnership(holderCode: $0.holderCode, servicePointID: $0.servicePointID))
        }
        return PossibleDuplicateVolunteers(duplicates: seen.map(\.summary), heldElsewhere: matches.count - seen.count)
    }

    /// The names of the fields that differ, for the audit row (never their values).
    private static func changedVolunteerFields(from old: Volunteer, to new: VolunteerDraft) -> [String] {
        var names: [String] = []
        func note(_ name: String, _ differs: Bool) { if differs { names.append(name) } }
        note("name", old.name != new.name)
        note("gender", old.gender != new.gender)
        note("phone", old.phone != new.phone)
        note("birthYear", old.birthYear != new.birthYear)
        note("skills", old.skills != new.skills)
        note("note", old.note != new.note)
        note("joinedOn", old.joinedOn != new.joinedOn)
        return names
    }

    // MARK: Reading rows

    static let volunteerSelect = """
        SELECT volunteer.*, protectedRecord.holderCode, protectedRecord.servicePointID
        FROM volunteer JOIN protectedRecord ON protectedRecord.id = volunteer.id
        """

    static func fetchVolunteer(_ db: Database, id: String) throws -> Volunteer? {
        try Row.fetchOne(db, sql: volunteerSelect + " WHERE volunteer.id = ?", arguments: [id]).map(volunteer)
    }

    static func volunteer(_ row: Row) throws -> Volunteer {
        Volunteer(id: row["id"], number: row["number"], name: row["name"],
                  gender: (row["gender"] as String?).flatMap(Gender.init(rawValue:)), phone: row["phone"],
                  birthYear: row["birthYear"], skills: row["skills"], note: row["note"],
                  recruitedBy: row["recruitedBy"], joinedOn: try CalendarDate(parsing: row["joinedOn"]),
                  leftOn: try (row["leftOn"] as String?).map { try CalendarDate(parsing: $0) },
                  leftReason: row["leftReason"], holderCode: row["holderCode"], servicePointID: row["servicePointID"],
                  createdAt: AuditTimestamp.parse(row["createdAt"]) ?? Date(timeIntervalSince1970: 0))
    }
}
