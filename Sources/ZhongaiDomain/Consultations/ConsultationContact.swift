import Foundation

/// A recorded contact of a consultation, numbered from 1.
public struct ConsultationContact: Equatable, Sendable {
    public var number: Int
    public var date: CalendarDate
    public var durationMinutes: Int
    public var method: ConsultationMethod
    public var content: String
    public var recordedBy: String
    public var recordedAt: Date
    /// Rule INTAKE-04: written down after its day (tracked, not refused).
    public var recordedLate: Bool

    public init(number: Int, date: CalendarDate, durationMinutes: Int, method: ConsultationMethod, content: String,
                recordedBy: String, recordedAt: Date, recordedLate: Bool) {
        self.number = number
        self.date = date
        self.durationMinutes = durationMinutes
        self.method = method
        self.content = content
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.recordedLate = recordedLate
    }
}
