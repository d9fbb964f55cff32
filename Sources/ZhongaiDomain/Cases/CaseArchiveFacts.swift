/// What the archive checklist of a case is computed from: what the store finds among the case's records.
public struct CaseArchiveFacts: Equatable, Sendable {
    /// A consent of the client covering receiving service (CASE-04).
    public var hasServiceConsent: Bool
    public var hasIntake: Bool
    /// The stages the supervisor has approved moving to (an approval of 预估 approves the intake, and so on).
    public var approvedStages: Set<CaseStage>
    public var assessment: AssessmentContent?
    public var plan: PlanContent?
    public var evaluation: EvaluationContent?
    public var closing: ClosingContent?
    public var serviceRecordCount: Int
    public var state: CaseState
    /// Whether a referral has been asked for (pending or approved).
    public var hasReferralRequest: Bool
    public var attachmentCount: Int

    public init(hasServiceConsent: Bool, hasIntake: Bool, approvedStages: Set<CaseStage>,
                assessment: AssessmentContent?, plan: PlanContent?, evaluation: EvaluationContent?,
                closing: ClosingContent?, serviceRecordCount: Int, state: CaseState, hasReferralRequest: Bool,
                attachmentCount: Int) {
        self.hasServiceConsent = hasServiceConsent
        self.hasIntake = hasIntake
        self.approvedStages = approvedStages
        self.assessment = assessment
        self.plan = plan
        self.evaluation = evaluation
        self.closing = closing
        self.serviceRecordCount = serviceRecordCount
        self.state = state
        self.hasReferralRequest = hasReferralRequest
        self.attachmentCount = attachmentCount
    }
}
