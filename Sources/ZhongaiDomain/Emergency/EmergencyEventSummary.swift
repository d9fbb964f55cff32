import Foundation

/// One event or drill in the history (EMG-03): per site and per kind, with the time it took.
public struct EmergencyEventSummary: Equatable, Codable, Sendable {
    public var id: String
    public var kind: EmergencyPlanKind
    public var planVersion: Int
    public var isDrill: Bool
    public var servicePointID: Int64
    public var servicePointName: String
    public var startedBy: String
    public var startedAt: Date
    public var endedAt: Date?
    public var stepsDone: Int
    public var stepCount: Int
    public var reportSubmitted: Bool

    public init(id: String, kind: EmergencyPlanKind, planVersion: Int, isDrill: Bool, servicePointID: Int64,
                servicePointName: String, startedBy: String, startedAt: Date, endedAt: Date?, stepsDone: Int,
                stepCount: Int, reportSubmitted: Bool) {
        self.id = id
        self.kind = kind
        self.planVersion = planVersion
        self.isDrill = isDrill
        self.servicePointID = servicePointID
        self.servicePointName = servicePointName
        self.startedBy = startedBy
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.stepsDone = stepsDone
        self.stepCount = stepCount
        self.reportSubmitted = reportSubmitted
    }

    /// Seconds from start to end; nil while the event runs.
    public var durationSeconds: TimeInterval? { endedAt.map { $0.timeIntervalSince(startedAt) } }
}
