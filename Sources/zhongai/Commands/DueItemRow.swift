import ZhongaiDomain

/// One line of the due board as `due --json` prints it: the rule, both clauses of a conflict, what is due (the
/// English msgid), the record it is about, whose it is and when.
struct DueItemRow: Encodable {
    let rule: String
    let clauses: [String]
    let title: String
    let detail: String
    let subjectKind: String
    let subjectID: String
    let owner: String
    let ownerName: String
    let dueOn: String?
    let overdueAfter: String?
    let status: String
    /// "approvalRequest" or "supervisionConfirmation" when decided on the board itself, with the id decided on.
    let reviewKind: String?
    let reviewID: String?

    init(_ d: DueItem) {
        rule = d.rule
        clauses = d.clauses
        title = d.title
        detail = d.detail
        subjectKind = d.subject.kind.rawValue
        subjectID = d.subject.id
        owner = d.ownerCode
        ownerName = d.ownerName
        dueOn = d.dueOn?.description
        overdueAfter = d.overdueAfter?.description
        status = d.status.rawValue
        reviewKind = d.review?.kind.rawValue
        reviewID = d.review?.id
    }
}
