/// 外展宣传: one outreach and publicity event, counted once (次) for its worker (IND-01; 服务手册 五.4(4)); the input
/// of `recordOutreach`.
public struct OutreachDraft: Equatable, Sendable {
    public var heldOn: CalendarDate
    public var place: String
    public var theme: String
    public var peopleReached: Int
    public var note: String
    /// The worker who ran it; nil for the worker who records it.
    public var workerCode: String?

    public init(heldOn: CalendarDate, place: String, theme: String, peopleReached: Int, note: String = "",
                workerCode: String? = nil) {
        self.heldOn = heldOn
        self.place = place
        self.theme = theme
        self.peopleReached = peopleReached
        self.note = note
        self.workerCode = workerCode
    }

    /// Trimmed; refuses an outreach in the future, without place or theme, or that reached nobody (IND-01).
    public func validated(today: CalendarDate) throws -> OutreachDraft {
        var d = self
        try VolunteerRules.requireNotFuture(heldOn, today: today, field: N_("Outreach date"))
        d.place = try VolunteerRules.required(place, field: N_("Place"))
        d.theme = try VolunteerRules.required(theme, field: N_("Theme"))
        guard peopleReached >= 1 else {
            throw ValidationError(field: N_("People reached"), N_("%@ is not a number of people of at least 1"),
                                  String(peopleReached), rule: "IND-01")
        }
        d.note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        d.workerCode = VolunteerRules.optional(workerCode)?.uppercased()
        return d
    }
}
