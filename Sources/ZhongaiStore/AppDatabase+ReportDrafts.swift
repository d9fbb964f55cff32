import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rules CHK-01, CHK-03: the worker's report of `period`, drafted with the statistics of the records when none
    /// exists yet (`create` on the worker's records), else the one there is (`view`). One per worker and period;
    /// a period that has not begun is refused. Logged.
    @discardableResult
    public func draftWorkReport(workerCode: String, period: WorkReportPeriod, as session: Session,
                                at now: Date = Date()) throws -> WorkReport {
        let code = workerCode.trimmingCharacters(in: .whitespaces).uppercased()
        return try accessTransaction(session, action: .create, at: now) { db, context in
            guard let worker = try WorkerRecord.fetchOne(db, key: code)?.worker else {
                throw ValidationError(field: N_("Worker"), N_("there is no worker “%@”"), code)
            }
            if let id = try String.fetchOne(db, sql: "SELECT id FROM workReport WHERE workerCode = ? AND period = ?",
                                            arguments: [code, period.description]) {
                let ref = ProtectedRecordRef(kind: .workReport, id: id)
                try context.authorize(db, .view, ref)
                try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .view, record: ref)
                // Exists: just found.
                return try AppDatabase.fetchWorkReport(db, id: id)!
            }
            try AppDatabase.requireBegun(period, today: CalendarDate.today(now: now))
            guard worker.isActive else {
                throw ValidationError(field: N_("Worker"), N_("%@ no longer works here"), worker.name, rule: period.kind.rule)
            }
            let ownership = RecordOwnership(holderCode: code, servicePointID: worker.servicePointID)
            try context.authorize(.create, nil, ownership: ownership)
            let statistics = try AppDatabase.drawReportStatistics(db, workerCode: code, period: period, at: now)
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .workReport, holderCode: code,
                                                              servicePointID: worker.servicePointID, at: now)
            let stamp = AuditTimestamp.format(now)
            try db.execute(sql: """
                INSERT INTO workReport (id, workerCode, kind, period, statistics, createdBy, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [ref.id, code, period.kind.rawValue, period.description,
                                 try AppDatabase.reportJSON(statistics), context.actor.workerCode, stamp, stamp])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                                        detail: "\(period.kind.rawValue) \(period)")
            // Just inserted.
            return try AppDatabase.fetchWorkReport(db, id: ref.id)!
        }
    }

    /// One report in full: `view`, or `export` / `print` before it is written out (ARC-10). Logged.
    public func workReport(id: String, as session: Session, for action: AccessAction = .view, at now: Date = Date())
        throws -> WorkReport {
        guard [.view, .export, .print].contains(action), let logged = AuditAction(recordAction: action) else {
            throw ValidationError(field: N_("Action"), N_("a report is read to view, export or print it, not to %@"),
                                  action.title)
        }
        let ref = ProtectedRecordRef(kind: .workReport, id: id)
        return try accessTransaction(session, action: action, record: ref, at: now) { db, context in
            let report = try AppDatabase.requireWorkReport(db, id: id, context: context, for: action)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: logged, record: ref,
                                        detail: "\(report.kind.rawValue) \(report.period)")
            return report
        }
    }

    /// The reports the session reaches (the worker's own; down the chain; the service point or all, as the
    /// permission table says), newest period first. Logged as one `list` row.
    public func workReports(as session: Session, at now: Date = Date()) throws -> [WorkReport] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let visible = context.recordCondition(.view)
            let ids = try String.fetchAll(db, sql: """
                SELECT workReport.id FROM workReport JOIN protectedRecord ON protectedRecord.id = workReport.id
                WHERE \(visible.sql) ORDER BY workReport.period DESC, workReport.workerCode
                """, arguments: visible.arguments)
            let reports = try ids.compactMap { try AppDatabase.fetchWorkReport(db, id: $0) }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "workReport: \(reports.count) shown")
            return reports
        }
    }

    /// Saves the worker's text and log of a draft (`edit`): refused once submitted; a log line outside the
    /// period is refused. Logged.
    @discardableResult
    public func saveWorkReportText(id: String, text: WorkReportText, as session: Session, at now: Date = Date())
        throws -> WorkReport {
        try workReportEdit(id, as: session, at: now) { db, _, report in
            try AppDatabase.requireDraft(report)
            let valid = try text.validated(for: report.period)
            try db.execute(sql: """
                UPDATE workReport SET summary = ?, reflections = ?, problems = ?, plan = ?, workLog = ?, updatedAt = ?
                WHERE id = ?
                """, arguments: [valid.summary, valid.reflections, valid.problems, valid.plan,
                                 try AppDatabase.reportJSON(valid.workLog), AuditTimestamp.format(now), id])
            return "text saved"
        }
    }

    /// Draws the statistics again from the records while the report is a draft (`edit`). Logged.
    @discardableResult
    public func refreshWorkReportStatistics(id: String, as session: Session, at now: Date = Date()) throws
        -> WorkReport {
        try workReportEdit(id, as: session, at: now) { db, _, report in
            try AppDatabase.requireDraft(report)
            try AppDatabase.storeStatistics(db, report: report, at: now)
            return "statistics refreshed"
        }
    }

    /// Rules CHK-01, CHK-03, ARC-07: the worker submits the draft to their supervisor in the chain. The statistics
    /// are drawn a last time and frozen with it; a period not yet begun, a report without its summary and
    /// reflections (or a summary without its plan), or a worker without a supervisor is refused. Logged.
    @discardableResult
    public func submitWorkReport(id: String, as session: Session, at now: Date = Date()) throws -> WorkReport {
        try workReportEdit(id, as: session, at: now) { db, context, report in
            let rule = report.kind.rule
            guard report.workerCode == context.actor.workerCode else {
                throw ValidationError(field: N_("Worker"), N_("only %@ submits their own report"), report.workerName,
                                      rule: rule)
            }
            try AppDatabase.requireDraft(report)
            let today = CalendarDate.today(now: now)
            try AppDatabase.requireBegun(report.period, today: today)
            try report.text.requireComplete(kind: report.kind)
            guard let reviewer = try WorkerRecord.fetchOne(db, key: report.workerCode)?.worker.supervisorCode else {
                throw ValidationError(field: N_("Supervisor"), N_("%@ has no supervisor to submit the report to"),
                                      report.workerName, rule: rule)
            }
            try AppDatabase.storeStatistics(db, report: report, at: now)
            try db.execute(sql: """
                UPDATE workReport SET state = 'submitted', submittedOn = ?, reviewerCode = ?, updatedAt = ? WHERE id = ?
                """, arguments: [today.description, reviewer, AuditTimestamp.format(now), id])
            try AppDatabase.appendReportReview(db, id: id, .submitted, comment: "", by: context.actor.workerCode,
                                               to: reviewer, at: now)
            return "submitted to \(reviewer)"
        }
    }

    /// A supervisor above the worker in the chain approves the submitted report (`approve`; never one's own).
    /// Approved is final. Logged.
    @discardableResult
    public func approveWorkReport(id: String, comment: String = "", as session: Session, at now: Date = Date()) throws
        -> WorkReport {
        try workReportDecision(id, as: session, at: now) { db, context, _ in
            try db.execute(sql: """
                UPDATE workReport SET state = 'approved', approvedOn = ?, approvedBy = ?, updatedAt = ? WHERE id = ?
                """, arguments: [CalendarDate.today(now: now).description, context.actor.workerCode,
                                 AuditTimestamp.format(now), id])
            try AppDatabase.appendReportReview(db, id: id, .approved, comment: comment, by: context.actor.workerCode,
                                               to: nil, at: now)
            return .approve
        }
    }

    /// A supervisor returns the submitted report with the reason: a draft again for the worker to revise. The
    /// reason is required and kept in the review history. Logged.
    @discardableResult
    public func returnWorkReport(id: String, reason: String, as session: Session, at now: Date = Date()) throws
        -> WorkReport {
        let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw ValidationError(field: N_("Reason"), N_("say why the report goes back"), rule: "CHK-01")
        }
        return try workReportDecision(id, as: session, at: now) { db, context, _ in
            try db.execute(sql: """
                UPDATE workReport SET state = 'draft', submittedOn = NULL, reviewerCode = NULL, updatedAt = ?
                WHERE id = ?
                """, arguments: [AuditTimestamp.format(now), id])
            try AppDatabase.appendReportReview(db, id: id, .returned, comment: text, by: context.actor.workerCode,
                                               to: nil, at: now)
            return .revisionRequested
        }
    }

    // MARK: Shared

    /// One `edit` of a report as a transaction: authorized, `body` applied, logged with what it says.
    private func workReportEdit(_ id: String, as session: Session, at now: Date,
                                _ body: (Database, AccessContext, WorkReport) throws -> String) throws -> WorkReport {
        let ref = ProtectedRecordRef(kind: .workReport, id: id)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let report = try AppDatabase.requireWorkReport(db, id: id, context: context, for: .edit)
            let detail = try body(db, context, report)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit, record: ref,
                                        detail: detail)
            // Exists: read above.
            return try AppDatabase.fetchWorkReport(db, id: id)!
        }
    }

    /// A supervisor's decision on a submitted report: `approve` on it, by a 督导, 见习督导 or 督导助理 above the
    /// worker in the chain, never the worker (the CASE-02 pattern).
    private func workReportDecision(_ id: String, as session: Session, at now: Date,
                                    _ body: (Database, AccessContext, WorkReport) throws -> AuditAction) throws
        -> WorkReport {
        let ref = ProtectedRecordRef(kind: .workReport, id: id)
        return try accessTransaction(session, action: .approve, record: ref, at: now) { db, context in
            let report = try AppDatabase.requireWorkReport(db, id: id, context: context, for: .approve)
            let rule = report.kind.rule
            guard report.workerCode != context.actor.workerCode else {
                throw ValidationError(field: N_("Approver"), N_("nobody approves their own report"), rule: rule)
            }
            guard AppDatabase.isChainSupervisor(context, of: report.workerCode) else {
                throw ValidationError(field: N_("Approver"),
                                      N_("only a supervisor of %@ in the supervision chain decides this"),
                                      report.workerCode, rule: rule)
            }
            guard report.state == .submitted else {
                throw ValidationError(field: N_("Report"), N_("the report is not waiting for review: it is “%@”"),
                                      report.state.title, rule: rule)
            }
            let action = try body(db, context, report)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: action, record: ref,
                                        detail: "\(report.kind.rawValue) \(report.period)")
            // Exists: read above.
            return try AppDatabase.fetchWorkReport(db, id: id)!
        }
    }

    static func requireWorkReport(_ db: Database, id: String, context: AccessContext, for action: AccessAction)
        throws -> WorkReport {
        let ref = ProtectedRecordRef(kind: .workReport, id: id)
        try context.authorize(db, action, ref)
        guard let report = try fetchWorkReport(db, id: id) else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: action, record: ref, reason: .noSuchRecord)
        }
        return report
    }

    private static func requireDraft(_ report: WorkReport) throws {
        guard report.state == .draft else {
            throw ValidationError(field: N_("Report"), N_("the report is “%@” and no longer changes"),
                                  report.state.title, rule: report.kind.rule)
        }
    }

    /// Nobody reports on a period that has not begun ("a future month").
    private static func requireBegun(_ period: WorkReportPeriod, today: CalendarDate) throws {
        guard period.firstDay <= today else {
            throw ValidationError(field: N_("Period"), N_("%@ has not begun yet"), period.description,
                                  rule: period.kind.rule)
        }
    }

    private static func appendReportReview(_ db: Database, id: String, _ event: WorkReportReview.Event,
                                           comment: String, by: String, to: String?, at now: Date) throws {
        try db.execute(sql: """
            INSERT INTO workReportReview (reportID, event, comment, byCode, toCode, happenedOn, happenedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, event.rawValue, comment.trimmingCharacters(in: .whitespacesAndNewlines), by, to,
                             CalendarDate.today(now: now).description, AuditTimestamp.format(now)])
    }

    private static func storeStatistics(_ db: Database, report: WorkReport, at now: Date) throws {
        let statistics = try drawReportStatistics(db, workerCode: report.workerCode, period: report.period, at: now)
        try db.execute(sql: "UPDATE workReport SET statistics = ?, updatedAt = ? WHERE id = ?",
                       arguments: [try reportJSON(statistics), AuditTimestamp.format(now), report.id])
    }

    static func reportJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func reportDecoded<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(text.utf8))
    }

    static func fetchWorkReport(_ db: Database, id: String) throws -> WorkReport? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT workReport.*, worker.name AS workerName, protectedRecord.servicePointID
            FROM workReport JOIN worker ON worker.code = workReport.workerCode
            JOIN protectedRecord ON protectedRecord.id = workReport.id WHERE workReport.id = ?
            """, arguments: [id]) else { return nil }
        let reviews = try Row.fetchAll(db, sql: "SELECT * FROM workReportReview WHERE reportID = ? ORDER BY id",
                                       arguments: [id]).map { review in
            WorkReportReview(event: WorkReportReview.Event(rawValue: review["event"]) ?? .submitted,
                             comment: review["comment"], byCode: review["byCode"], toCode: review["toCode"],
                             on: try CalendarDate(parsing: review["happenedOn"]),
                             at: AuditTimestamp.parse(review["happenedAt"]) ?? Date(timeIntervalSince1970: 0))
        }
        func day(_ column: String) throws -> CalendarDate? {
            try (row[column] as String?).map { try CalendarDate(parsing: $0) }
        }
        return WorkReport(
            id: row["id"], workerCode: row["workerCode"], workerName: row["workerName"],
            servicePointID: row["servicePointID"], period: try WorkReportPeriod(parsing: row["period"]),
            state: WorkReportState(rawValue: row["state"]) ?? .draft,
            statistics: try reportDecoded(WorkReportStatistics.self, row["statistics"]),
            text: WorkReportText(summary: row["summary"], reflections: row["reflections"], problems: row["problems"],
                                 plan: row["plan"], workLog: try reportDecoded([WorkLogLine].self, row["workLog"])),
            reviewerCode: row["reviewerCode"], submittedOn: try day("submittedOn"), approvedOn: try day("approvedOn"),
            approvedBy: row["approvedBy"], reviews: reviews)
    }
}
