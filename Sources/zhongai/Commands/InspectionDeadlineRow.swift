import ZhongaiDomain

/// A safety date as `inspection list --due --json` prints it (CHK-04), with its rule and clause.
struct InspectionDeadlineRow: Encodable {
    let kind: String
    let servicePointID: Int64
    let servicePointName: String
    let detail: String
    let dueOn: String
    let status: String
    let inspectionID: String?
    let followUpID: Int64?
    let rule: String
    let clause: String

    init(_ d: SafetyDeadline) {
        kind = d.kind.rawValue
        servicePointID = d.servicePointID
        servicePointName = d.servicePointName
        detail = d.detail
        dueOn = d.dueOn.description
        status = d.status.rawValue
        inspectionID = d.inspectionID
        followUpID = d.followUpID
        rule = d.rule
        clause = d.clause
    }
}
