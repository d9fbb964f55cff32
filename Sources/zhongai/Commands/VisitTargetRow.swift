import ZhongaiDomain

/// A visit target as `check target list --json` prints it, with its last visit and the next one due (CHK-05).
struct VisitTargetRow: Encodable {
    let id: Int64
    let name: String
    let kind: String
    let town: String?
    let servicePointID: Int64?
    let isActive: Bool
    let lastVisitedOn: String?
    let nextVisitDue: String?

    init(_ t: VisitTarget) {
        id = t.id
        name = t.name
        kind = t.kind.rawValue
        town = t.townName
        servicePointID = t.servicePointID
        isActive = t.isActive
        lastVisitedOn = t.lastVisitedOn?.description
        nextVisitDue = t.nextVisitDue?.description
    }
}
