/// A visit as lists show it (CONS-02: filed per quarter in time order): code and date, not what was said.
public struct VisitSummary: Equatable, Sendable {
    public var id: String
    public var code: String
    public var clientID: String
    public var date: CalendarDate
    public var recordedLate: Bool
    public var holderCode: String

    public init(id: String, code: String, clientID: String, date: CalendarDate, recordedLate: Bool,
                holderCode: String) {
        self.id = id
        self.code = code
        self.clientID = clientID
        self.date = date
        self.recordedLate = recordedLate
        self.holderCode = holderCode
    }

    /// The quarter the visit is filed in (1–4).
    public var quarter: Int { (date.month - 1) / 3 + 1 }
}
