/// 志愿者培训: a training given to volunteers, counted once (次) for the worker who ran it (IND-01); the input of
/// `recordVolunteerTraining`.
public struct VolunteerTrainingDraft: Equatable, Sendable {
    public var heldOn: CalendarDate
    public var title: String
    public var minutes: Int
    /// The volunteers who attended, by id.
    public var attendeeIDs: [String]
    /// The worker who ran it; nil for the worker who records it.
    public var trainerCode: String?

    public init(heldOn: CalendarDate, title: String, minutes: Int, attendeeIDs: [String], trainerCode: String? = nil) {
        self.heldOn = heldOn
        self.title = title
        self.minutes = minutes
        self.attendeeIDs = attendeeIDs
        self.trainerCode = trainerCode
    }

    /// Trimmed; refuses a training in the future, without a title or attendee, or of a length outside 1 minute to
    /// 24 hours (IND-01).
    public func validated(today: CalendarDate) throws -> VolunteerTrainingDraft {
        var d = self
        try VolunteerRules.requireNotFuture(heldOn, today: today, field: N_("Training date"))
        d.title = try VolunteerRules.required(title, field: N_("Title"))
        guard (1...1440).contains(minutes) else {
            throw ValidationError(field: N_("Minutes"), N_("%@ minutes is not a duration between 1 minute and 24 hours"),
                                  String(minutes), rule: "IND-01")
        }
        d.attendeeIDs = try VolunteerRules.requireVolunteers(attendeeIDs, field: N_("Attendees"))
        d.trainerCode = VolunteerRules.optional(trainerCode)?.uppercased()
        return d
    }
}
