import ZhongaiDomain

/// A quarterly check as `check list --json` (and `supervisor`, `employer`) print it (CHK-02).
struct CheckRow: Encodable {
    let id: String
    let kind: String
    let subject: String
    let subjectName: String
    let checkerCode: String
    let checkedOn: String
    let findings: String
    let strengths: String
    let problems: String
    let measures: String

    init(_ c: WorkCheck) {
        id = c.id
        kind = c.kind.rawValue
        subject = c.subject
        subjectName = c.subjectName
        checkerCode = c.checkerCode
        checkedOn = c.checkedOn.description
        findings = c.findings
        strengths = c.strengths
        problems = c.problems
        measures = c.measures
    }
}
