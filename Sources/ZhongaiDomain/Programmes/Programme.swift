/// A group (小组) or an activity (活动) with its archive code (ARC-01) and its place in the flow (GRP-01).
public struct Programme: Equatable, Codable, Sendable {
    public var id: String
    /// Rule ARC-01: nature G for a group, P for an activity.
    public var code: String
    public var kind: ProgrammeKind
    public var title: String
    /// 外出活动: the outing safety of GRP-10 applies.
    public var isOuting: Bool
    /// Members register in advance (GRP-03): always for a group; for an activity, when it has fixed members.
    public var hasFixedMembers: Bool
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var registrationWindow: RegistrationWindow?
    public var stage: ProgrammeStage
    /// The worker who leads it (holder of the protected record).
    public var holderCode: String
    public var servicePointID: Int64?
    public var createdBy: String
    /// The day it was created: the 年月 of its archive code.
    public var createdOn: CalendarDate

    public init(id: String, code: String, kind: ProgrammeKind, title: String, isOuting: Bool, hasFixedMembers: Bool,
                startsOn: CalendarDate, endsOn: CalendarDate, registrationWindow: RegistrationWindow?,
                stage: ProgrammeStage, holderCode: String, servicePointID: Int64?, createdBy: String,
                createdOn: CalendarDate) {
        self.id = id
        self.code = code
        self.kind = kind
        self.title = title
        self.isOuting = isOuting
        self.hasFixedMembers = hasFixedMembers
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.registrationWindow = registrationWindow
        self.stage = stage
        self.holderCode = holderCode
        self.servicePointID = servicePointID
        self.createdBy = createdBy
        self.createdOn = createdOn
    }

    public var isGroup: Bool { kind.isGroup }

    /// Its last day has passed: the time of 结束与评估 and the report (GRP-06).
    public func isOver(today: CalendarDate) -> Bool { today > endsOn }
}
