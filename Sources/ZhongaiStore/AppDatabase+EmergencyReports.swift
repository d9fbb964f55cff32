import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule EMG-03: the event's report as saved, or, before the first save, a draft whose account is the log's
    /// timeline (`EmergencyReportDocument.draftAccount`, its words through `translate`). For any signed-in worker.
    public func emergencyReportDraft(eventID: String, translate: @escaping (String) -> String = { $0 },
                                     as session: Session) throws -> EmergencyReport {
        let event = try emergencyEvent(id: eventID, as: session)
        return event.report ?? EmergencyReport(account: EmergencyReportDocument(translate: translate).draftAccount(event))
    }

    /// Saves the report as the 组长 completes it (EMG-03), not yet submitted. Only the 组长 or 副组长 of the site's
    /// safety group (holders or deputies); refused once submitted. Logged.
    @discardableResult
    public func saveEmergencyReport(eventID: String, report: EmergencyReport, as session: Session,
                                    at now: Date = Date()) throws -> EmergencyEvent {
        try accessTransaction(session, action: .edit, at: now) { db, context in
            _ = try AppDatabase.reportableEvent(db, id: eventID, context: context)
            try AppDatabase.writeReport(db, eventID: eventID, report, by: context.actor.workerCode, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        detail: "emergencyEvent \(eventID): report saved")
            return try AppDatabase.fetchEvent(db, id: eventID)!
        }
    }

    /// Rule EMG-03: the 组长 (or 副组长) submits the report: the event must have ended and have at least one step
    /// ticked; `report` (when given) is saved first. From then on the event, its log and its report never change;
    /// the log can be annotated. Logged.
    @discardableResult
    public func submitEmergencyReport(eventID: String, report: EmergencyReport? = nil, as session: Session,
                                      at now: Date = Date()) throws -> EmergencyEvent {
        try accessTransaction(session, action: .edit, at: now) { db, context in
            let event = try AppDatabase.reportableEvent(db, id: eventID, context: context)
            guard !event.log.isEmpty else {
                throw ValidationError(field: N_("Report"), N_("no step of the plan was ticked: there is nothing to report"),
                                      rule: "EMG-03")
            }
            guard event.isEnded else {
                throw ValidationError(field: N_("Report"), N_("end the event before submitting its report"),
                                      rule: "EMG-03")
            }
            var final = report ?? event.report
                ?? EmergencyReport(account: EmergencyReportDocument(translate: { $0 }).draftAccount(event))
            if final.account.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(field: N_("Course of events"), N_("the report says what happened"),
                                      rule: "EMG-03")
            }
            final.submittedBy = context.actor.workerCode
            final.submittedAt = now
            try AppDatabase.writeReport(db, eventID: eventID, final, by: context.actor.workerCode, at: now)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .approve,
                                        detail: "emergencyEvent \(eventID): report submitted")
            return try AppDatabase.fetchEvent(db, id: eventID)!
        }
    }

    /// Logs an export or print of an event's report (ARC-10 PDF by `DocumentPrinter`), for any signed-in worker.
    public func recordEmergencyReportOutput(eventID: String, action: AccessAction, as session: Session,
                                            detail: String = "", at now: Date = Date()) throws {
        guard action == .export || action == .print, let logged = AuditAction(recordAction: action) else {
            throw ValidationError(field: N_("Action"), N_("a report is exported or printed, not %@"), action.title)
        }
        try accessTransaction(session, action: action, at: now) { db, context in
            _ = try AppDatabase.requireEvent(db, id: eventID)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: logged,
                                        detail: "emergencyEvent \(eventID): report" + (detail.isEmpty ? "" : " \(detail)"))
        }
    }

    /// The event, when the signed-in worker may write its report: 组长 or 副组长 of the site, report not submitted.
    private static func reportableEvent(_ db: Database, id: String, context: AccessContext) throws -> EmergencyEvent {
        let event = try requireEvent(db, id: id)
        guard !event.isReportSubmitted else {
            throw ValidationError(field: N_("Report"), N_("the report is submitted: the log can only be annotated"),
                                  rule: "EMG-03")
        }
        let group = try fetchSafetyGroup(db, servicePointID: event.servicePointID)
        guard group.maySubmitReport(context.actor.workerCode) else {
            throw ValidationError(field: N_("Report"),
                                  N_("only the group leader or deputy group leader of %@ writes the report"),
                                  group.servicePointName, rule: "EMG-03")
        }
        return event
    }

    private static func writeReport(_ db: Database, eventID: String, _ report: EmergencyReport, by worker: String,
                                    at now: Date) throws {
        try db.execute(sql: """
            INSERT INTO emergencyReport (eventID, account, peopleAffected, followUp, savedBy, savedAt, submittedBy,
                                         submittedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (eventID) DO UPDATE SET account = excluded.account, peopleAffected = excluded.peopleAffected,
                followUp = excluded.followUp, savedBy = excluded.savedBy, savedAt = excluded.savedAt,
                submittedBy = excluded.submittedBy, submittedAt = excluded.submittedAt
            """, arguments: [eventID, report.account.trimmingCharacters(in: .whitespacesAndNewlines),
                             report.peopleAffected.trimmingCharacters(in: .whitespacesAndNewlines),
                             report.followUp.trimmingCharacters(in: .whitespacesAndNewlines), worker,
                             AuditTimestamp.format(now), report.submittedBy,
                             report.submittedAt.map(AuditTimestamp.format)])
    }
}
