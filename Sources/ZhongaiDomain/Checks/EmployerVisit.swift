/// Rule CHK-05: a recorded visit to a visit target.
public struct EmployerVisit: Equatable, Codable, Sendable {
    public var id: String
    public var targetID: Int64
    public var targetName: String
    public var targetKind: VisitTargetKind
    public var visitedOn: CalendarDate
    public var visitorCode: String
    public var visitorName: String
    public var peopleMet: String
    public var content: String
    public var followUp: String

    public init(id: String, targetID: Int64, targetName: String, targetKind: VisitTargetKind, visitedOn: CalendarDate,
                visitorCode: String, visitorName: String, peopleMet: String, content: String, followUp: String) {
        self.id = id
        self.targetID = targetID
        self.targetName = targetName
        self.targetKind = targetKind
        self.visitedOn = visitedOn
        self.visitorCode = visitorCode
        self.visitorName = visitorName
        self.peopleMet = peopleMet
        self.content = content
        self.followUp = followUp
    }
}
