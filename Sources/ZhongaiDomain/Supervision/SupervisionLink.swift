/// One period of the dated supervision chain (人员与服务点; issue 6 item 1): `supervisorCode` supervised
/// `superviseeCode` from `from` (included; nil: since before the history was kept) until `until` (excluded; nil:
/// still in force). A worker who moves to another supervisor mid-month has two links that month.
public struct SupervisionLink: Hashable, Codable, Sendable {
    public var superviseeCode: String
    public var supervisorCode: String
    public var from: CalendarDate?
    public var until: CalendarDate?

    public init(superviseeCode: String, supervisorCode: String, from: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.superviseeCode = superviseeCode
        self.supervisorCode = supervisorCode
        self.from = from
        self.until = until
    }

    /// Whether the link is in force on `date`.
    public func covers(_ date: CalendarDate) -> Bool {
        (from.map { $0 <= date } ?? true) && (until.map { date < $0 } ?? true)
    }
}
