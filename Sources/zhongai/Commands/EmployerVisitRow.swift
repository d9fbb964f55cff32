import ZhongaiDomain

/// A visit as `check visit --json` and `check visits --json` print it (CHK-05).
struct EmployerVisitRow: Encodable {
    let id: String
    let targetID: Int64
    let targetName: String
    let visitedOn: String
    let visitorCode: String
    let peopleMet: String
    let content: String
    let followUp: String

    init(_ v: EmployerVisit) {
        id = v.id
        targetID = v.targetID
        targetName = v.targetName
        visitedOn = v.visitedOn.description
        visitorCode = v.visitorCode
        peopleMet = v.peopleMet
        content = v.content
        followUp = v.followUp
    }
}
