/// 接案记录 as the worker writes it: the input of `recordIntake`. Rules INTAKE-02, INTAKE-03.
public struct IntakeDraft: Equatable, Codable, Sendable {
    public var clientID: String
    /// An open case still without its intake record, when the case was opened first.
    public var caseID: String?
    /// The day of the first contact.
    public var contactDate: CalendarDate
    public var source: IntakeSource
    public var route: AccessRoute
    /// 求助原因
    public var reasonForHelp: String
    /// 以往求助经历
    public var priorHelpSeeking: String
    /// 曾接受的服务
    public var priorServices: String
    /// 特别注意事项
    public var specialCautions: String
    /// 初步问题界定
    public var problemDefinition: String
    public var priority: IntakePriority
    public var decision: IntakeDecision
    /// Required when the decision is to accept.
    public var agreement: PreliminaryAgreement?
    /// Required when the decision is to refer.
    public var referralAgency: String?
    public var note: String

    public init(clientID: String, caseID: String? = nil, contactDate: CalendarDate, source: IntakeSource,
                route: AccessRoute, reasonForHelp: String, priorHelpSeeking: String = "", priorServices: String = "",
                specialCautions: String = "", problemDefinition: String, priority: IntakePriority,
                decision: IntakeDecision, agreement: PreliminaryAgreement? = nil, referralAgency: String? = nil,
                note: String = "") {
        self.clientID = clientID
        self.caseID = caseID
        self.contactDate = contactDate
        self.source = source
        self.route = route
        self.reasonForHelp = reasonForHelp
        self.priorHelpSeeking = priorHelpSeeking
        self.priorServices = priorServices
        self.specialCautions = specialCautions
        self.problemDefinition = problemDefinition
        self.priority = priority
        self.decision = decision
        self.agreement = agreement
        self.referralAgency = referralAgency
        self.note = note
    }

    /// The draft trimmed and checked, or a `ValidationError` naming the field and rule. `today` is the date in
    /// China when it is recorded. A record written after the contact day is accepted: INTAKE-04 is tracked as a
    /// deadline (`CaseDeadlines`), not refused.
    public func validated(today: CalendarDate) throws -> IntakeDraft {
        var d = self
        d.clientID = try CaseText.required(clientID, field: N_("Client"))
        d.caseID = CaseText.optional(caseID)
        guard contactDate <= today else {
            throw ValidationError(field: N_("Contact date"), N_("%@ is in the future"), contactDate.description)
        }
        // Rule INTAKE-03
        d.reasonForHelp = try CaseText.required(reasonForHelp, field: N_("Reason for seeking help"), rule: "INTAKE-03")
        d.problemDefinition = try CaseText.required(problemDefinition, field: N_("Problem definition"),
                                                    rule: "INTAKE-03")
        d.priorHelpSeeking = CaseText.trimmed(priorHelpSeeking)
        d.priorServices = CaseText.trimmed(priorServices)
        d.specialCautions = CaseText.trimmed(specialCautions)
        d.note = CaseText.trimmed(note)
        d.agreement = try validatedAgreement()
        d.referralAgency = try validatedReferralAgency()
        return d
    }

    // Rule INTAKE-03: accepting a client comes with a preliminary agreement, written or oral.
    private func validatedAgreement() throws -> PreliminaryAgreement? {
        guard decision == .accept else { return agreement.map(Self.trimmed) }
        guard let agreement else {
            throw ValidationError(field: N_("Preliminary agreement"),
                                  N_("an accepted client needs a preliminary service agreement"), rule: "INTAKE-03")
        }
        let trimmed = Self.trimmed(agreement)
        _ = try CaseText.required(trimmed.roleExpectations, field: N_("Role expectations"), rule: "INTAKE-03")
        _ = try CaseText.required(trimmed.expectedDuration, field: N_("Expected duration"), rule: "INTAKE-03")
        return trimmed
    }

    // Rule INTAKE-03: a referral names the agency; another decision names none.
    private func validatedReferralAgency() throws -> String? {
        guard decision == .refer else { return nil }
        return try CaseText.required(referralAgency ?? "", field: N_("Referral agency"), rule: "INTAKE-03")
    }

    private static func trimmed(_ agreement: PreliminaryAgreement) -> PreliminaryAgreement {
        PreliminaryAgreement(form: agreement.form, roleExpectations: CaseText.trimmed(agreement.roleExpectations),
                             expectedDuration: CaseText.trimmed(agreement.expectedDuration))
    }
}
