import ZhongaiDomain

/// One report in `zhongai report list --json` and after an export.
struct ReportRow: Encodable {
    let id: String, worker: String, workerName: String, period: String, kind: String, state: String
    let submittedOn: String?, reviewer: String?, returnReason: String?
    let casesOpened: Int, casesClosed: Int, groupsHeld: Int, activitiesHeld: Int

    init(_ report: WorkReport) {
        id = report.id
        worker = report.workerCode
        workerName = report.workerName
        period = report.period.description
        kind = report.kind.rawValue
        state = report.state.rawValue
        submittedOn = report.submittedOn?.description
        reviewer = report.reviewerCode
        returnReason = report.returnReason
        casesOpened = report.statistics.casesOpened
        casesClosed = report.statistics.casesClosed
        groupsHeld = report.statistics.groupsHeld
        activitiesHeld = report.statistics.activitiesHeld
    }
}
