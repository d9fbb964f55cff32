import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// The whole case as the case window shows it, its deadlines and archive checklist computed on `today`.
    static func caseDetail(_ db: Database, _ caseFile: CaseFile, today: CalendarDate) throws -> CaseFileDetail {
        // The client row is never deleted (a trigger refuses it), so a case's client exists.
        let client = try fetchClient(db, id: caseFile.clientID)!
        let intake = try caseFile.intakeID.flatMap { try fetchIntake(db, id: $0) }
        let assessment = try fetchStageContent(db, caseID: caseFile.id, part: .assessment, as: AssessmentContent.self)
        let plan = try fetchStageContent(db, caseID: caseFile.id, part: .plan, as: PlanContent.self)
        let evaluation = try fetchStageContent(db, caseID: caseFile.id, part: .evaluation, as: EvaluationContent.self)
        let closing = try fetchStageContent(db, caseID: caseFile.id, part: .closing, as: ClosingContent.self)
        let records = try fetchServiceRecords(db, caseID: caseFile.id)
        let approvals = try fetchApprovals(db, caseID: caseFile.id)
        let deadlines = try caseDeadlines(db).deadlines(for: try deadlineFacts(db, caseFile), today: today)
        let archive = CaseArchiveChecklist.items(CaseArchiveFacts(
            hasServiceConsent: try fetchConsents(db, clientID: caseFile.clientID)
                .contains { $0.scope.receivingService },
            hasIntake: intake != nil,
            approvedStages: Set(approvals.compactMap { request -> CaseStage? in
                guard case .advance(let stage) = request.kind, request.decision?.outcome == .approved else { return nil }
                return stage
            }),
            assessment: assessment, plan: plan, evaluation: evaluation, closing: closing,
            serviceRecordCount: records.count, state: caseFile.state,
            hasReferralRequest: approvals.contains {
                if case .refer = $0.kind { return $0.decision == nil || $0.decision?.outcome == .approved }
                return false
            },
            attachmentCount: try attachmentCount(db, of: caseFile)))
        return CaseFileDetail(caseFile: caseFile, client: client, intake: intake, assessment: assessment, plan: plan,
                              evaluation: evaluation, closing: closing, serviceRecords: records,
                              approvals: approvals, transfers: try fetchTransfers(db, caseID: caseFile.id),
                              deadlines: deadlines, archive: archive)
    }

    /// The deadline calculator with the policy table and the holiday calendar in force.
    static func caseDeadlines(_ db: Database) throws -> CaseDeadlines {
        CaseDeadlines(policy: try Policy(entries: try fetchPolicyEntries(db)),
                      calendar: WorkingDayCalendar(schedule: try fetchHolidaySchedule(db)))
    }

    /// The dates CaseDeadlines reads, from the case's records: one statement, for the case window. Lists read many
    /// cases' facts at once (`deadlineFacts(_:_:)` over an array, the same columns).
    static func deadlineFacts(_ db: Database, _ caseFile: CaseFile) throws -> CaseDeadlineFacts {
        let row = try Row.fetchOne(db, sql: "SELECT " + deadlineFactsColumns(caseID: "?2", intakeID: "?1",
                                                                             openedOn: "?3"),
                                   arguments: [caseFile.intakeID, caseFile.id, caseFile.openedOn.description])
        return try deadlineFacts(caseFile, row)
    }

    /// The facts' columns for the case whose id, intake id and opening day (YYYY-MM-DD) are the SQL expressions
    /// given: the stage contents' dates read inside SQLite, so that no JSON is decoded per case in Swift. In this
    /// order: `deadlineFacts(_:_:)` reads them by position.
    static func deadlineFactsColumns(caseID: String, intakeID: String, openedOn: String) -> String {
        """
        (SELECT contactDate FROM intake WHERE id = \(intakeID)) AS intakeContactOn,
        (SELECT recordedOn FROM intake WHERE id = \(intakeID)) AS intakeRecordedOn,
        (SELECT MIN(servedOn) FROM serviceRecord WHERE caseID = \(caseID) AND servedOn >= \(openedOn)) AS firstServiceOn,
        (SELECT MIN(requestedOn) FROM approvalRequest WHERE caseID = \(caseID) AND kind = 'advance'
           AND targetStage = 'intervention') AS planSubmittedOn,
        (\(storedDate("reportDate", part: .assessment, caseID: caseID))) AS assessmentReportOn,
        (\(storedDate("closingEvaluationOn", part: .evaluation, caseID: caseID))) AS closingEvaluationOn,
        (\(storedDate("serviceStartsOn", part: .plan, caseID: caseID))) AS planServiceStartsOn
        """
    }

    /// SQL giving, as YYYY-MM-DD, the date `key` of the stored `part` of the case `caseID` (an SQL expression), or
    /// NULL. A `CalendarDate` is stored as JSON {"day", "month", "year"} (its Codable form).
    private static func storedDate(_ key: String, part: CaseStagePart, caseID: String) -> String {
        """
        SELECT printf('%04d-%02d-%02d', json_extract(content, '$.\(key).year'), json_extract(content, '$.\(key).month'),
                      json_extract(content, '$.\(key).day'))
        FROM caseStageContent WHERE caseID = \(caseID) AND part = '\(part.rawValue)'
          AND json_extract(content, '$.\(key)') IS NOT NULL
        """
    }

    /// Scans and photos attached to the case or its intake (CASE-14's 个案附件清单).
    private static func attachmentCount(_ db: Database, of caseFile: CaseFile) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attachment WHERE recordID IN (?, ?)",
                         arguments: [caseFile.id, caseFile.intakeID]) ?? 0
    }
}
