import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Records an outreach and publicity event (外展宣传), counted once for its worker (the signed-in worker by
    /// default) in its month (IND-01). Needs `create` for that worker; logged.
    @discardableResult
    public func recordOutreach(_ draft: OutreachDraft, as session: Session, at now: Date = Date()) throws -> Outreach {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let worker = try AppDatabase.requireCreditedWorker(db, code: valid.workerCode, context: context,
                                                               field: N_("Worker"))
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO outreach (id, heldOn, place, theme, peopleReached, note, holderCode, servicePointID,
                                      recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, valid.heldOn.description, valid.place, valid.theme, valid.peopleReached,
                                 valid.note, worker.code, worker.servicePointID, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        detail: "outreach \(id) on \(valid.heldOn) by \(worker.code)")
            // Just inserted.
            return try AppDatabase.fetchOutreach(db, where: "outreach.id = ?", [id])[0]
        }
    }

    /// Records a newsletter issue (服务简报), counted once for its worker (the signed-in worker by default) in the
    /// month it came out (IND-01). An issue already recorded at the worker's service point (or by the worker,
    /// without one) is refused: it would count twice. Needs `create` for that worker; logged.
    @discardableResult
    public func recordNewsletter(_ draft: NewsletterDraft, as session: Session, at now: Date = Date()) throws
        -> Newsletter {
        let valid = try draft.validated(today: CalendarDate.today(now: now))
        return try accessTransaction(session, action: .create, at: now) { db, context in
            let worker = try AppDatabase.requireCreditedWorker(db, code: valid.workerCode, context: context,
                                                               field: N_("Worker"))
            let clash = worker.servicePointID == nil
                ? "servicePointID IS NULL AND holderCode = ?" : "servicePointID = ?"
            let arguments: StatementArguments = worker.servicePointID.map { [valid.issue, $0] }
                ?? [valid.issue, worker.code]
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM newsletter WHERE issue = ? AND \(clash)",
                                 arguments: arguments) == true {
                throw ValidationError(field: N_("Issue"), N_("%@ is already recorded: each issue counts once"),
                                      valid.issue, rule: "IND-01")
            }
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO newsletter (id, issue, title, publishedOn, holderCode, servicePointID, recordedBy,
                                        recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, valid.issue, valid.title, valid.publishedOn.description, worker.code,
                                 worker.servicePointID, context.actor.workerCode, AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        detail: "newsletter \(id) \(valid.issue) by \(worker.code)")
            // Just inserted.
            return try AppDatabase.fetchNewsletters(db, where: "newsletter.id = ?", [id])[0]
        }
    }

    /// The outreach events the session may view (the worker's own; their supervisees'; all for 服务部 and the
    /// leaders), of one year or all, latest first; logged once as a `list`.
    public func outreachEvents(year: Int? = nil, as session: Session, at now: Date = Date()) throws -> [Outreach] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let (condition, arguments) = AppDatabase.activityCondition(context, table: "outreach", date: "heldOn",
                                                                       year: year)
            let found = try AppDatabase.fetchOutreach(db, where: condition, arguments)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "outreach: \(found.count) shown")
            return found
        }
    }

    /// The newsletters the session may view, as `outreachEvents`; logged once as a `list`.
    public func newsletters(year: Int? = nil, as session: Session, at now: Date = Date()) throws -> [Newsletter] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let (condition, arguments) = AppDatabase.activityCondition(context, table: "newsletter",
                                                                       date: "publishedOn", year: year)
            let found = try AppDatabase.fetchNewsletters(db, where: condition, arguments)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "newsletter: \(found.count) shown")
            return found
        }
    }

    // MARK: Reading rows

    static func fetchOutreach(_ db: Database, where condition: String, _ arguments: StatementArguments) throws
        -> [Outreach] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM outreach WHERE \(condition) ORDER BY heldOn DESC, recordedAt DESC
            """, arguments: arguments).map { row in
            Outreach(id: row["id"], heldOn: try CalendarDate(parsing: row["heldOn"]), place: row["place"],
                     theme: row["theme"], peopleReached: row["peopleReached"], note: row["note"],
                     workerCode: row["holderCode"], servicePointID: row["servicePointID"],
                     recordedBy: row["recordedBy"],
                     recordedAt: AuditTimestamp.parse(row["recordedAt"]) ?? Date(timeIntervalSince1970: 0))
        }
    }

    static func fetchNewsletters(_ db: Database, where condition: String, _ arguments: StatementArguments) throws
        -> [Newsletter] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM newsletter WHERE \(condition) ORDER BY publishedOn DESC, recordedAt DESC
            """, arguments: arguments).map { row in
            Newsletter(id: row["id"], issue: row["issue"], title: row["title"],
                       publishedOn: try CalendarDate(parsing: row["publishedOn"]), workerCode: row["holderCode"],
                       servicePointID: row["servicePointID"], recordedBy: row["recordedBy"],
                       recordedAt: AuditTimestamp.parse(row["recordedAt"]) ?? Date(timeIntervalSince1970: 0))
        }
    }
}
