/// A nomination as the registration form gives it (附表1).
public struct NominationDraft: Equatable, Sendable {
    public var workerCode: String
    public var source: NominationSource
    /// Who recommended: a staff code or a name; empty for a self-nomination.
    public var nominatedBy: String
    public var form: RegistrationForm

    public init(workerCode: String, source: NominationSource, nominatedBy: String = "", form: RegistrationForm) {
        self.workerCode = workerCode
        self.source = source
        self.nominatedBy = nominatedBy
        self.form = form
    }

    public func validated() throws -> NominationDraft {
        var draft = self
        draft.workerCode = workerCode.trimmingCharacters(in: .whitespaces).uppercased()
        draft.nominatedBy = nominatedBy.trimmingCharacters(in: .whitespacesAndNewlines)
        try form.validate()
        guard source == .selfNomination || !draft.nominatedBy.isEmpty else {
            throw ValidationError(field: N_("Recommended by"), N_("name who recommends the candidate"), rule: "SEL-01")
        }
        return draft
    }
}
