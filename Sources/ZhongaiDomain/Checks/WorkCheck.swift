/// A recorded quarterly check (CHK-02), of a worker or of an employer unit at a service point.
public struct WorkCheck: Equatable, Codable, Sendable {
    public var id: String
    public var kind: CheckKind
    /// The worker's code, or the service point's id as text.
    public var subject: String
    /// The worker's or the service point's name.
    public var subjectName: String
    public var checkerCode: String
    public var checkerName: String
    public var checkedOn: CalendarDate
    public var findings: String
    public var strengths: String
    public var problems: String
    public var measures: String

    public init(id: String, kind: CheckKind, subject: String, subjectName: String, checkerCode: String,
                checkerName: String, checkedOn: CalendarDate, findings: String, strengths: String, problems: String,
                measures: String) {
        self.id = id
        self.kind = kind
        self.subject = subject
        self.subjectName = subjectName
        self.checkerCode = checkerCode
        self.checkerName = checkerName
        self.checkedOn = checkedOn
        self.findings = findings
        self.strengths = strengths
        self.problems = problems
        self.measures = measures
    }
}
