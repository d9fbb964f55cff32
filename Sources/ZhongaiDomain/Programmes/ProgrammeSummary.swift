/// A programme as lists show it: no participant's name.
public struct ProgrammeSummary: Equatable, Codable, Sendable {
    public var id: String
    public var code: String
    public var kind: ProgrammeKind
    public var title: String
    public var isOuting: Bool
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var stage: ProgrammeStage
    public var holderCode: String
    public var servicePointID: Int64?
    public var sessionCount: Int
    public var registrationCount: Int
    /// Members register in advance (GRP-03): every group, and activities with fixed members.
    public var hasFixedMembers: Bool

    public init(id: String, code: String, kind: ProgrammeKind, title: String, isOuting: Bool, startsOn: CalendarDate,
                endsOn: CalendarDate, stage: ProgrammeStage, holderCode: String, servicePointID: Int64?,
                sessionCount: Int, registrationCount: Int, hasFixedMembers: Bool = false) {
        self.id = id
        self.code = code
        self.kind = kind
        self.title = title
        self.isOuting = isOuting
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.stage = stage
        self.holderCode = holderCode
        self.servicePointID = servicePointID
        self.sessionCount = sessionCount
        self.registrationCount = registrationCount
        self.hasFixedMembers = hasFixedMembers || kind.isGroup
    }
}
