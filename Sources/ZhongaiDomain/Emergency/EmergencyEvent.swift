import Foundation

/// An emergency, or a drill of one, run on the checklist of a plan at a service point (EMG-03): the plan version
/// it ran, who started and ended it and when, each step ticked, annotations, and the report.
public struct EmergencyEvent: Equatable, Codable, Sendable {
    public var id: String
    public var plan: EmergencyPlan
    public var isDrill: Bool
    public var servicePointID: Int64
    public var servicePointName: String
    public var startedBy: String
    public var startedByName: String
    public var startedAt: Date
    public var endedBy: String?
    public var endedAt: Date?
    public var log: [EmergencyStepRecord]
    public var annotations: [EmergencyAnnotation]
    /// Nil until the report is first saved.
    public var report: EmergencyReport?

    public init(id: String, plan: EmergencyPlan, isDrill: Bool, servicePointID: Int64, servicePointName: String,
                startedBy: String, startedByName: String, startedAt: Date, endedBy: String? = nil,
                endedAt: Date? = nil, log: [EmergencyStepRecord] = [], annotations: [EmergencyAnnotation] = [],
                report: EmergencyReport? = nil) {
        self.id = id
        self.plan = plan
        self.isDrill = isDrill
        self.servicePointID = servicePointID
        self.servicePointName = servicePointName
        self.startedBy = startedBy
        self.startedByName = startedByName
        self.startedAt = startedAt
        self.endedBy = endedBy
        self.endedAt = endedAt
        self.log = log
        self.annotations = annotations
        self.report = report
    }

    public var isEnded: Bool { endedAt != nil }
    public var isReportSubmitted: Bool { report?.isSubmitted == true }

    /// The time the event took, or has taken until `now` while it runs.
    public func duration(now: Date = Date()) -> TimeInterval { (endedAt ?? now).timeIntervalSince(startedAt) }

    /// The record of the step of `id`, if ticked.
    public func record(stepID: Int64) -> EmergencyStepRecord? { log.first { $0.stepID == stepID } }

    /// The plan's steps not ticked yet, in order.
    public var openSteps: [EmergencyPlanStep] { plan.steps.filter { step in !log.contains { $0.stepID == step.id } } }
}
