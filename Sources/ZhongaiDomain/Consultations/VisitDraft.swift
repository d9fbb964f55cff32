/// 探访: one outreach visit to a client as it is recorded (CONS-02): the input of `recordVisit`.
public struct VisitDraft: Equatable, Sendable {
    public var clientID: String
    public var date: CalendarDate
    public var durationMinutes: Int
    public var place: String
    public var purpose: String
    public var content: String
    /// The worker who holds the record; nil for the worker who records it.
    public var holderCode: String?

    public init(clientID: String, date: CalendarDate, durationMinutes: Int, place: String, purpose: String,
                content: String, holderCode: String? = nil) {
        self.clientID = clientID
        self.date = date
        self.durationMinutes = durationMinutes
        self.place = place
        self.purpose = purpose
        self.content = content
        self.holderCode = holderCode
    }

    /// Trimmed; refuses a date in the future, a duration outside 1 minute to 24 hours, and empty fields.
    public func validated(today: CalendarDate) throws -> VisitDraft {
        try SameDayRecording.requireNotFuture(date, today: today, field: N_("Visit date"))
        try SameDayRecording.requireDuration(durationMinutes)
        return VisitDraft(clientID: try ClientDraft.required(clientID, field: N_("Client")), date: date,
                          durationMinutes: durationMinutes, place: try ClientDraft.required(place, field: N_("Place")),
                          purpose: try ClientDraft.required(purpose, field: N_("Purpose")),
                          content: try ClientDraft.required(content, field: N_("Content")),
                          holderCode: ClientDraft.optional(holderCode))
    }
}
