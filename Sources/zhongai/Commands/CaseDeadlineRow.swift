import ZhongaiDomain

/// A deadline of a case as the `case` commands print it.
struct CaseDeadlineRow: Encodable {
    let rule: String
    let dueOn: String?
    let metOn: String?
    let status: String

    init(_ d: CaseDeadline) {
        rule = d.rule
        dueOn = d.dueOn?.description
        metOn = d.metOn?.description
        status = d.status.rawValue
    }
}
