import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Every deadline not yet met of every open case the context may view (INTAKE-04, CASE-05..10), owed by the
    /// case's holder, on the holiday calendar as the case window shows it; clients' names masked. Reads only; the
    /// cases' facts are read in batches, not one statement per case.
    static func caseDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        let visible = context.recordCondition(.view)
        let rows = try Row.fetchAll(db, sql: """
            SELECT caseFile.*, protectedRecord.holderCode, protectedRecord.servicePointID, client.name AS clientName
            FROM caseFile JOIN protectedRecord ON protectedRecord.id = caseFile.id
            JOIN client ON client.id = caseFile.clientID
            WHERE \(visible.sql) AND caseFile.state = 'open'
            ORDER BY caseFile.code
            """, arguments: visible.arguments)
        let entries = try fetchPolicyEntries(db)
        let calculator = try caseDeadlines(db)
        let cases = try rows.map(caseFile)
        let facts = try deadlineFacts(db, cases)
        var items: [DueItem] = []
        for (row, caseFile) in zip(rows, cases) {
            let detail = caseFile.code + " " + SensitiveField.name.mask(row["clientName"])
            // Every case read has its facts.
            for deadline in calculator.deadlines(for: facts[caseFile.id]!, today: today)
                where deadline.status != .met {
                items.append(DueItem(rule: deadline.rule, clauses: clauses(caseDeadlineKeys[deadline.rule] ?? [], in: entries),
                                     title: deadline.title, detail: detail,
                                     subject: DueSubject(kind: .caseFile, id: caseFile.id),
                                     ownerCode: caseFile.holderCode, dueOn: deadline.dueOn, status: deadline.status))
            }
        }
        return items
    }

    /// The policy value behind each case deadline: its clause is the item's.
    private static let caseDeadlineKeys: [String: [PolicyKey]] = [
        "INTAKE-04": [.intakeRecordDueDays], "CASE-05": [.casePlanLeadTimeDays],
        "CASE-06": [.caseSecondContactWorkingDays], "CASE-07": [.caseAssessmentReportMonths],
        "CASE-09": [.caseStageReviewMonths], "CASE-10": [.caseClosingEvaluationMonths],
    ]

    /// Rule CASE-02, CASE-03: the requests not yet decided on the cases the context may view, each owed by the
    /// holder's supervisor (who decides it; a supervisor higher in the chain may too), waiting since the day it was
    /// asked. The rule book sets no day for the decision: a request is due at once, so it shows as due soon.
    static func approvalDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        let visible = context.recordCondition(.view)
        let rows = try Row.fetchAll(db, sql: """
            SELECT approvalRequest.id AS requestID, caseFile.id AS caseID, caseFile.code,
                   protectedRecord.holderCode, client.name AS clientName
            FROM approvalRequest
            JOIN caseFile ON caseFile.id = approvalRequest.caseID
            JOIN protectedRecord ON protectedRecord.id = caseFile.id
            JOIN client ON client.id = caseFile.clientID
            WHERE \(visible.sql)
              AND NOT EXISTS (SELECT 1 FROM approvalDecision WHERE requestID = approvalRequest.id)
            ORDER BY approvalRequest.requestedAt
            """, arguments: visible.arguments)
        return try rows.compactMap { row -> DueItem? in
            // Read from the same database: the request exists.
            guard let request = try fetchApprovals(db, caseID: row["caseID"]).first(where: { $0.id == row["requestID"] })
            else { return nil }
            let holder: String = row["holderCode"]
            let (rule, title) = switch request.kind {
            case .advance: ("CASE-02", N_("Stage move waiting for approval"))
            case .close: ("CASE-03", N_("Closing waiting for approval"))
            case .refer: ("CASE-03", N_("Referral waiting for approval"))
            }
            return DueItem(rule: rule, title: title,
                           detail: (row["code"] as String) + " " + SensitiveField.name.mask(row["clientName"]),
                           subject: DueSubject(kind: .caseFile, id: row["caseID"]),
                           ownerCode: context.policy.chain.supervisorOf[holder] ?? "", dueOn: request.requestedOn,
                           status: request.requestedOn > today ? .upcoming : .dueSoon,
                           review: DueReview(kind: .approvalRequest, id: request.id))
        }
    }
}
