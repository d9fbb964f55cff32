import ZhongaiDomain

/// An event in full as `emergency start|step|annotate|end|report --json` prints it (EMG-03): the plan version it
/// ran, each step with when and by whom it was done, the annotations and the report.
struct EmergencyEventRow: Encodable {
    struct Step: Encodable {
        let stepID: Int64?
        let position: Int
        let text: String
        let role: String
        let callNumbers: [String]
        let parallelGroup: Int
        let doneAt: String?
        let doneBy: String?
        let recordedBy: String?
        let note: String?
    }

    struct Annotation: Encodable {
        let position: Int?
        let text: String
        let writtenBy: String
        let writtenAt: String
    }

    struct Report: Encodable {
        let account: String
        let peopleAffected: String
        let followUp: String
        let submittedBy: String?
        let submittedAt: String?
    }

    let id: String
    let kind: String
    let planVersion: Int
    let planTitle: String
    let isDrill: Bool
    let servicePointID: Int64
    let servicePointName: String
    let startedBy: String
    let startedAt: String
    let endedBy: String?
    let endedAt: String?
    let durationSeconds: Int?
    let steps: [Step]
    let annotations: [Annotation]
    var report: Report?

    init(_ event: EmergencyEvent) {
        id = event.id
        kind = event.plan.kind.rawValue
        planVersion = event.plan.version
        planTitle = event.plan.title
        isDrill = event.isDrill
        servicePointID = event.servicePointID
        servicePointName = event.servicePointName
        startedBy = event.startedBy
        startedAt = AuditTimestamp.format(event.startedAt)
        endedBy = event.endedBy
        endedAt = event.endedAt.map(AuditTimestamp.format)
        durationSeconds = event.endedAt.map { _ in Int(event.duration().rounded()) }
        steps = event.plan.steps.map { step in
            let record = step.id.flatMap { event.record(stepID: $0) }
            return Step(stepID: step.id, position: step.position, text: step.text, role: step.role?.rawValue ?? "",
                        callNumbers: step.callNumbers, parallelGroup: step.parallelGroup,
                        doneAt: record.map { AuditTimestamp.format($0.doneAt) }, doneBy: record?.doneBy,
                        recordedBy: record?.recordedBy, note: record?.note)
        }
        annotations = event.annotations.map {
            Annotation(position: $0.position, text: $0.text, writtenBy: $0.writtenBy,
                       writtenAt: AuditTimestamp.format($0.writtenAt))
        }
        report = event.report.map {
            Report(account: $0.account, peopleAffected: $0.peopleAffected, followUp: $0.followUp,
                   submittedBy: $0.submittedBy, submittedAt: $0.submittedAt.map(AuditTimestamp.format))
        }
    }

    /// The row with `draft` shown as its report (not yet saved).
    func withDraft(_ draft: EmergencyReport) -> EmergencyEventRow {
        var row = self
        row.report = Report(account: draft.account, peopleAffected: draft.peopleAffected, followUp: draft.followUp,
                            submittedBy: nil, submittedAt: nil)
        return row
    }
}
