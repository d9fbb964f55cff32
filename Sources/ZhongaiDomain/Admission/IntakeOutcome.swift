/// What saving an intake produced: the intake record, and the case file opened with it when the decision was to
/// accept the client (INTAKE-03, CASE-01).
public struct IntakeOutcome: Equatable, Sendable {
    public var intake: Intake
    public var caseFile: CaseFile?

    public init(intake: Intake, caseFile: CaseFile?) {
        self.intake = intake
        self.caseFile = caseFile
    }
}
