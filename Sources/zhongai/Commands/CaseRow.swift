import ZhongaiDomain

/// A case as `case show --json` prints it, in full (the read is logged).
struct CaseRow: Encodable {
    let id: String
    let code: String
    let clientID: String
    let clientName: String
    let intakeID: String?
    let holderCode: String
    let stage: String
    let state: String
    let openedOn: String
    let closedOn: String?
    let closingReason: String?
    let referralAgency: String?
    let serviceRecords: Int
    let approvals: [CaseApprovalRow]
    let deadlines: [CaseDeadlineRow]
    /// The nine documents of CASE-14 in order: document → status.
    let archive: [[String: String]]

    init(_ d: CaseFileDetail) {
        let c = d.caseFile
        id = c.id
        code = c.code
        clientID = c.clientID
        clientName = d.client.name
        intakeID = c.intakeID
        holderCode = c.holderCode
        stage = c.stage.rawValue
        state = c.state.rawValue
        openedOn = c.openedOn.description
        closedOn = c.closedOn?.description
        closingReason = c.ending?.reason.rawValue
        if case .referred(let agency, _) = c.ending { referralAgency = agency } else { referralAgency = nil }
        serviceRecords = d.serviceRecords.count
        approvals = d.approvals.map(CaseApprovalRow.init)
        deadlines = d.deadlines.map(CaseDeadlineRow.init)
        archive = d.archive.map { ["document": $0.kind.rawValue, "status": $0.status.rawValue] }
    }
}
