/// The withdrawal of a consent: from this date on it covers nothing.
public struct ConsentWithdrawal: Equatable, Codable, Sendable {
    public var on: CalendarDate
    public var reason: String
    /// Code of the worker who recorded the withdrawal.
    public var recordedBy: String

    public init(on: CalendarDate, reason: String, recordedBy: String) {
        self.on = on
        self.reason = reason
        self.recordedBy = recordedBy
    }
}
