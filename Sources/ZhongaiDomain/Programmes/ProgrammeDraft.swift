/// A group or activity as the worker enters it, before it is checked and stored.
public struct ProgrammeDraft: Equatable, Sendable {
    public var kind: ProgrammeKind
    public var title: String
    public var isOuting: Bool
    /// For an activity: members register in advance (GRP-03). A group always has fixed members.
    public var hasFixedMembers: Bool
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var registrationWindow: RegistrationWindow?

    public init(kind: ProgrammeKind, title: String, isOuting: Bool = false, hasFixedMembers: Bool = false,
                startsOn: CalendarDate, endsOn: CalendarDate, registrationWindow: RegistrationWindow? = nil) {
        self.kind = kind
        self.title = title
        self.isOuting = isOuting
        self.hasFixedMembers = hasFixedMembers
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.registrationWindow = registrationWindow
    }

    /// The draft with its title trimmed and a group marked as having fixed members, or a `ValidationError` naming
    /// the field: no title, an end before the start, a registration window outside GRP-03 (numbers from `policy`).
    public func validated(policy: Policy) throws -> ProgrammeDraft {
        var valid = self
        valid.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !valid.title.isEmpty else {
            throw ValidationError(field: N_("Title"), N_("a group or activity needs a title"))
        }
        guard endsOn >= startsOn else {
            throw ValidationError(field: N_("Ends on"), N_("%@ is before the start (%@)"), endsOn.description,
                                  startsOn.description)
        }
        if kind.isGroup { valid.hasFixedMembers = true }
        try registrationWindow?.validate(startsOn: startsOn, endsOn: endsOn,
                                         earliestMonths: policy.int(.registrationOpensEarliestMonths),
                                         latestWeeks: policy.int(.registrationOpensLatestWeeks))
        return valid
    }
}
