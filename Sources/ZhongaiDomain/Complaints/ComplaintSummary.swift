/// An opinion or complaint as the register lists it: dates, source, channel and state; not who said what.
public struct ComplaintSummary: Equatable, Codable, Sendable {
    public var id: String
    public var kind: ComplaintKind
    public var source: ComplaintSource
    public var channel: ComplaintChannel
    public var receivedOn: CalendarDate
    /// Rule CMP-03: flagged for the chair and 服务部.
    public var isCharge: Bool
    public var handlerCode: String
    public var handlerName: String
    public var replyDueOn: CalendarDate
    public var repliedOn: CalendarDate?
    public var state: ComplaintState
    /// Rule CMP-02: replied late, or unanswered past its due day.
    public var isLate: Bool
    public var followUpCount: Int

    public init(id: String, kind: ComplaintKind, source: ComplaintSource, channel: ComplaintChannel,
                receivedOn: CalendarDate, isCharge: Bool, handlerCode: String, handlerName: String,
                replyDueOn: CalendarDate, repliedOn: CalendarDate?, state: ComplaintState, isLate: Bool,
                followUpCount: Int) {
        self.id = id
        self.kind = kind
        self.source = source
        self.channel = channel
        self.receivedOn = receivedOn
        self.isCharge = isCharge
        self.handlerCode = handlerCode
        self.handlerName = handlerName
        self.replyDueOn = replyDueOn
        self.repliedOn = repliedOn
        self.state = state
        self.isLate = isLate
        self.followUpCount = followUpCount
    }
}
