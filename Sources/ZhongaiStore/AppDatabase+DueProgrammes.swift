import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rules C1, C2, C3 (GRP-02, GRP-06, GRP-07): the open deadlines of the programmes the context may view, owed
    /// by the holder, each with both clauses of the conflict, the due day and the alarm day. Reads only.
    static func programmeDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        try programmeDeadlines(db, context: context, today: today).map { d in
            DueItem(rule: d.rule, clauses: d.clauses, title: d.kind.title, detail: d.code + " " + d.title,
                    subject: DueSubject(kind: .programme, id: d.programmeID), ownerCode: d.holderCode,
                    dueOn: d.dueOn, overdueAfter: d.overdueAfter, status: d.status)
        }
    }

    /// Rule CHK-04: the next inspection of each service point and the follow-ups not done. Workplace records, no
    /// one's client data: an inspection is owed by the service point's 后勤 of the safety group (EMG-01), else by
    /// whoever inspected it last; a follow-up by the worker named for it, else by the inspector. Each is shown to
    /// its owner and to those the access policy lets see the owner's records at that service point.
    static func safetyDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        try safetyDeadlines(db, today: today).compactMap { d -> DueItem? in
            let owner: String?
            switch d.kind {
            case .inspection:
                owner = try String.fetchOne(db, sql: """
                    SELECT workerCode FROM safetyGroupMember WHERE servicePointID = ? AND role = 'logistics'
                    ORDER BY isDeputy, workerCode LIMIT 1
                    """, arguments: [d.servicePointID])
                    ?? d.inspectionID.flatMap { id in
                        try String.fetchOne(db, sql: "SELECT inspectorCode FROM safetyInspection WHERE id = ?",
                                            arguments: [id])
                    }
            case .followUp:
                owner = try String.fetchOne(db, sql: """
                    SELECT COALESCE(f.ownerCode, i.inspectorCode) FROM safetyFollowUp f
                    JOIN safetyInspection i ON i.id = f.inspectionID WHERE f.id = ?
                    """, arguments: [d.followUpID])
            }
            let ownerCode = owner ?? ""
            guard ownerCode == context.actor.workerCode
                || context.allows(.view, on: RecordOwnership(holderCode: ownerCode, servicePointID: d.servicePointID))
            else { return nil }
            return DueItem(rule: d.rule, clauses: [d.clause], title: d.title,
                           detail: d.detail.isEmpty ? d.servicePointName : d.servicePointName + " " + d.detail,
                           subject: DueSubject(kind: .safetyInspection, id: d.inspectionID ?? String(d.servicePointID)),
                           ownerCode: ownerCode, dueOn: d.dueOn, status: d.status)
        }
    }

    /// Rule SEL-04: the dates still ahead of the selection rounds the context may read (the end of each public
    /// notice, the test, the interview), owed by whoever runs the round.
    static func selectionDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        let policy = try Policy(entries: fetchPolicyEntries(db))
        let entries = try fetchPolicyEntries(db)
        return try selectionDeadlines(db, context: context).filter { $0.deadline.date >= today }.map { date, holder in
            DueItem(rule: "SEL-04",
                    clauses: clauses([.selectionCandidatePublicityWeeks, .selectionResultPublicityWeeks], in: entries),
                    title: date.title, detail: date.roundTitle,
                    subject: DueSubject(kind: .selectionRound, id: date.roundID), ownerCode: holder, dueOn: date.date,
                    status: DueBoard.status(dueOn: date.date, today: today, dueSoonDays: policy.deadlineDueSoonDays))
        }
    }
}
