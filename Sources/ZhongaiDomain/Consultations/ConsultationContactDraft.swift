import Foundation

/// One contact of a consultation (咨询/即时辅导) as it is recorded.
public struct ConsultationContactDraft: Equatable, Sendable {
    public var date: CalendarDate
    public var durationMinutes: Int
    public var method: ConsultationMethod
    public var content: String

    public init(date: CalendarDate, durationMinutes: Int, method: ConsultationMethod, content: String) {
        self.date = date
        self.durationMinutes = durationMinutes
        self.method = method
        self.content = content
    }

    /// Trimmed; refuses a date in the future, a duration outside 1 minute to 24 hours, and empty content.
    public func validated(today: CalendarDate) throws -> ConsultationContactDraft {
        try SameDayRecording.requireNotFuture(date, today: today, field: N_("Contact date"))
        try SameDayRecording.requireDuration(durationMinutes)
        var d = self
        d.content = try ClientDraft.required(content, field: N_("Content"))
        return d
    }
}
