import Foundation

/// One item of an inspection as recorded (CHK-04): in order, or a finding with its description; who recorded it.
public struct InspectionItemResult: Equatable, Codable, Sendable {
    public var item: InspectionItem
    public var outcome: InspectionOutcome
    /// What was found; empty when the item is in order.
    public var finding: String
    public var recordedBy: String
    public var recordedAt: Date

    public init(item: InspectionItem, outcome: InspectionOutcome, finding: String = "", recordedBy: String,
                recordedAt: Date) {
        self.item = item
        self.outcome = outcome
        self.finding = finding
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
