import ZhongaiDomain

/// An event or drill as `emergency list --json` prints it (EMG-03 history), with the time it took.
struct EmergencyEventSummaryRow: Encodable {
    let id: String
    let kind: String
    let planVersion: Int
    let isDrill: Bool
    let servicePointID: Int64
    let servicePointName: String
    let startedBy: String
    let startedAt: String
    let endedAt: String?
    let durationSeconds: Int?
    let stepsDone: Int
    let stepCount: Int
    let reportSubmitted: Bool

    init(_ s: EmergencyEventSummary) {
        id = s.id
        kind = s.kind.rawValue
        planVersion = s.planVersion
        isDrill = s.isDrill
        servicePointID = s.servicePointID
        servicePointName = s.servicePointName
        startedBy = s.startedBy
        startedAt = AuditTimestamp.format(s.startedAt)
        endedAt = s.endedAt.map(AuditTimestamp.format)
        durationSeconds = s.durationSeconds.map { Int($0.rounded()) }
        stepsDone = s.stepsDone
        stepCount = s.stepCount
        reportSubmitted = s.reportSubmitted
    }
}
