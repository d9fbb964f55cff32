import ZhongaiDomain

/// A programme deadline as `programme deadlines --json` (and `show`) print it, with both clauses of its conflict.
struct ProgrammeDeadlineRow: Encodable {
    let programmeID: String
    let code: String
    let kind: String
    let rule: String
    let clauses: [String]
    let dueOn: String
    let overdueAfter: String
    let status: String

    init(_ d: ProgrammeDeadline) {
        programmeID = d.programmeID
        code = d.code
        kind = d.kind.rawValue
        rule = d.rule
        clauses = d.clauses
        dueOn = d.dueOn.description
        overdueAfter = d.overdueAfter.description
        status = d.status.rawValue
    }
}
