/// Rule CHK-05: one unit or person the centre visits, with where it stands.
public struct VisitTarget: Equatable, Codable, Sendable {
    public var id: Int64
    public var name: String
    public var kind: VisitTargetKind
    public var townID: Int64?
    public var townName: String?
    public var servicePointID: Int64?
    public var servicePointName: String?
    public var isActive: Bool
    public var lastVisitedOn: CalendarDate?
    /// Nil for an inactive target.
    public var nextVisitDue: CalendarDate?

    public init(id: Int64, name: String, kind: VisitTargetKind, townID: Int64?, townName: String?,
                servicePointID: Int64?, servicePointName: String?, isActive: Bool, lastVisitedOn: CalendarDate?,
                nextVisitDue: CalendarDate?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.townID = townID
        self.townName = townName
        self.servicePointID = servicePointID
        self.servicePointName = servicePointName
        self.isActive = isActive
        self.lastVisitedOn = lastVisitedOn
        self.nextVisitDue = nextVisitDue
    }
}

extension VisitTarget {
    /// Rule CHK-05: who keeps the list of visit targets: 行政人事部, the chair and vice-chair who visit, and the system
    /// administrator.
    public static let managingRoles: Set<Role> = [.adminHR, .chair, .viceChair, .administrator]
}
