import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The supervision items of the due board: records waiting for a supervisee's confirmation (SUP-05) and the
    /// meetings a supervisor still owes a supervisee this month (SUP-02..04). Reads only.
    static func supervisionDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        try confirmationDueItems(db, context: context, today: today)
            + owedMeetingDueItems(db, context: context, today: today)
    }

    /// Rule SUP-05: each supervisee who has not answered a record owes its confirmation, from the day of the
    /// session (the rule book sets no day: due at once). The supervisee sees their own; those who reach the
    /// supervisee (the supervisor who led it, and up the chain) see it as their team's.
    private static func confirmationDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws
        -> [DueItem] {
        var items: [DueItem] = []
        for (summary, _) in try fetchSessionSummaries(db, month: nil).reversed() {
            for participant in summary.participants where participant.response == .pending
                && (participant.workerCode == context.actor.workerCode || reaches(participant.workerCode, context: context)) {
                items.append(DueItem(
                    rule: "SUP-05", title: N_("Supervision record to confirm"),
                    detail: "\(summary.heldOn) \(summary.startTime) \(summary.supervisorName)（\(summary.supervisorCode)）",
                    subject: DueSubject(kind: .supervision, id: summary.id), ownerCode: participant.workerCode,
                    dueOn: summary.heldOn, status: summary.heldOn > today ? .upcoming : .dueSoon,
                    review: DueReview(kind: .supervisionConfirmation, id: summary.id)))
            }
        }
        return items
    }

    /// Rules SUP-02, SUP-03, SUP-04: the pairs whose month's minimum is not met yet, owed by the supervisor by the
    /// last day of the month, for the supervisor and those who reach them.
    private static func owedMeetingDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws
        -> [DueItem] {
        let month = SupervisionMonth(today)
        let policy = try Policy(entries: fetchPolicyEntries(db))
        let entries = try fetchPolicyEntries(db)
        return try complianceEntries(db, month: month, today: today)
            .filter { $0.standing == .owed && !$0.isMet && reaches($0.supervisorCode, context: context) }
            .map { entry in
                DueItem(rule: entry.rule ?? "SUP-02", clauses: clauses(meetingKeys(entry), in: entries),
                        title: N_("Supervision meetings still owed this month"),
                        detail: "\(month) \(entry.superviseeName)（\(entry.superviseeCode)）\(entry.held)/\(entry.required)",
                        subject: DueSubject(kind: .supervision, id: entry.superviseeCode),
                        ownerCode: entry.supervisorCode, dueOn: month.lastDay,
                        status: DueBoard.status(dueOn: month.lastDay, today: today,
                                                dueSoonDays: policy.deadlineDueSoonDays))
            }
    }

    /// The policy value that sets a pair's monthly minimum.
    private static func meetingKeys(_ entry: ComplianceEntry) -> [PolicyKey] {
        switch (entry.supervisorRole, entry.superviseeRole) {
        case (.supervisor, .assistantSupervisor): [.supervisorMeetingsWithAssistant]
        case (.supervisor, _): [.supervisorMeetingsWithFrontline]
        case (.traineeSupervisor, .assistantSupervisor): [.traineeMeetingsWithAssistant]
        case (.traineeSupervisor, _): [.traineeMeetingsWithFrontline]
        case (.assistantSupervisor, _): [.assistantMeetingsWithFrontline]
        default: []
        }
    }
}
