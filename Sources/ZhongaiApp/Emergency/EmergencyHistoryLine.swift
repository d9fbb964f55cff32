import Foundation
import ZhongaiDomain

/// One line of the history's summary (EMG-03): the drills and real events of one plan at one service point, with
/// the average time the ended ones took.
struct EmergencyHistoryLine {
    let servicePointName: String
    let kind: EmergencyPlanKind
    let drills: Int
    let realEvents: Int
    let averageSeconds: TimeInterval?
    let last: Date

    /// The lines of `events`, by service point, then in the plans' order.
    static func lines(_ events: [EmergencyEventSummary]) -> [EmergencyHistoryLine] {
        let groups = Dictionary(grouping: events) { "\($0.servicePointID)/\($0.kind.rawValue)" }
        return groups.values.compactMap { group -> EmergencyHistoryLine? in
            guard let first = group.first else { return nil }
            let durations = group.compactMap(\.durationSeconds)
            return EmergencyHistoryLine(
                servicePointName: first.servicePointName, kind: first.kind,
                drills: group.filter(\.isDrill).count, realEvents: group.filter { !$0.isDrill }.count,
                averageSeconds: durations.isEmpty ? nil : durations.reduce(0, +) / Double(durations.count),
                last: group.map(\.startedAt).max() ?? first.startedAt)
        }.sorted {
            ($0.servicePointName, EmergencyPlanKind.allCases.firstIndex(of: $0.kind) ?? 0)
                < ($1.servicePointName, EmergencyPlanKind.allCases.firstIndex(of: $1.kind) ?? 0)
        }
    }
}
