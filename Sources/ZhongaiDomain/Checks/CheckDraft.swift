/// A quarterly check as it is recorded (CHK-02; 自我检查制度 五: findings, strengths, problems, measures): the
/// input of `recordCheck`. The subject is a worker's code (a supervisor check) or a service point's id as text (an
/// employer relationship check).
public struct CheckDraft: Equatable, Sendable {
    public var kind: CheckKind
    public var subject: String
    public var checkedOn: CalendarDate
    /// 检查情况: what was checked and found (work progress, attitude, knowledge, skills; or how the employer and
    /// the staff get on).
    public var findings: String
    public var strengths: String
    public var problems: String
    /// 应对措施
    public var measures: String

    public init(kind: CheckKind, subject: String, checkedOn: CalendarDate, findings: String, strengths: String = "",
                problems: String = "", measures: String = "") {
        self.kind = kind
        self.subject = subject
        self.checkedOn = checkedOn
        self.findings = findings
        self.strengths = strengths
        self.problems = problems
        self.measures = measures
    }

    public func validated(today: CalendarDate) throws -> CheckDraft {
        let subject = subject.trimmingCharacters(in: .whitespaces)
        guard !subject.isEmpty else {
            throw ValidationError(field: kind == .supervisor ? N_("Worker") : N_("Service point"),
                                  N_("say what is checked"), rule: "CHK-02")
        }
        guard checkedOn <= today else {
            throw ValidationError(field: N_("Check date"), N_("%@ is in the future"), checkedOn.description,
                                  rule: "CHK-02")
        }
        let findings = findings.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !findings.isEmpty else {
            throw ValidationError(field: N_("Check findings"), N_("say what the check found"), rule: "CHK-02")
        }
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        return CheckDraft(kind: kind, subject: kind == .supervisor ? subject.uppercased() : subject,
                          checkedOn: checkedOn, findings: findings, strengths: trimmed(strengths),
                          problems: trimmed(problems), measures: trimmed(measures))
    }
}
