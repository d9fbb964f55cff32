import Foundation

/// A workplace safety inspection of one service point (CHK-04): the nine items, findings, photos and follow-up
/// actions. It is complete when every item is recorded; the next one falls due `inspection.interval_months` after
/// the day of the last complete one.
public struct SafetyInspection: Equatable, Codable, Sendable {
    public var id: String
    public var servicePointID: Int64
    public var servicePointName: String
    public var inspectedOn: CalendarDate
    public var inspectorCode: String
    public var inspectorName: String
    public var note: String
    public var items: [InspectionItemResult]
    public var followUps: [InspectionFollowUp]
    public var photos: [InspectionPhoto]

    public init(id: String, servicePointID: Int64, servicePointName: String, inspectedOn: CalendarDate,
                inspectorCode: String, inspectorName: String, note: String = "", items: [InspectionItemResult] = [],
                followUps: [InspectionFollowUp] = [], photos: [InspectionPhoto] = []) {
        self.id = id
        self.servicePointID = servicePointID
        self.servicePointName = servicePointName
        self.inspectedOn = inspectedOn
        self.inspectorCode = inspectorCode
        self.inspectorName = inspectorName
        self.note = note
        self.items = items
        self.followUps = followUps
        self.photos = photos
    }

    public func result(_ item: InspectionItem) -> InspectionItemResult? { items.first { $0.item == item } }

    /// The items not recorded yet, in the source's order.
    public var pendingItems: [InspectionItem] { InspectionItem.allCases.filter { result($0) == nil } }

    public var isComplete: Bool { pendingItems.isEmpty }

    public var findings: [InspectionItemResult] { items.filter { $0.outcome == .finding } }
}
