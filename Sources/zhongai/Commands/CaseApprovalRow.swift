import ZhongaiDomain

/// One request of a case's approval history, with its decision, as the `case` commands print it.
struct CaseApprovalRow: Encodable {
    let id: String
    /// advance, close or refer.
    let kind: String
    let targetStage: String?
    let reason: String?
    let agency: String?
    let requestedBy: String
    let requestedOn: String
    let note: String
    let outcome: String?
    let decidedBy: String?
    let comment: String?

    init(_ r: ApprovalRequest) {
        id = r.id
        switch r.kind {
        case .advance(let stage): (kind, targetStage, reason, agency) = ("advance", stage.rawValue, nil, nil)
        case .close(let why): (kind, targetStage, reason, agency) = ("close", nil, why.rawValue, nil)
        case .refer(let to, let why): (kind, targetStage, reason, agency) = ("refer", nil, why.rawValue, to)
        }
        requestedBy = r.requestedBy
        requestedOn = r.requestedOn.description
        note = r.note
        outcome = r.decision?.outcome.rawValue
        decidedBy = r.decision?.decidedBy
        comment = r.decision?.comment
    }
}
