/// An action an inspection's finding calls for (CHK-04), due by a day, done once.
public struct InspectionFollowUp: Equatable, Codable, Sendable {
    public var id: Int64
    public var item: InspectionItem?
    public var action: String
    public var dueOn: CalendarDate
    /// Who sees to it, if named.
    public var ownerCode: String?
    public var doneOn: CalendarDate?
    public var doneBy: String?

    public init(id: Int64, item: InspectionItem?, action: String, dueOn: CalendarDate, ownerCode: String? = nil,
                doneOn: CalendarDate? = nil, doneBy: String? = nil) {
        self.id = id
        self.item = item
        self.action = action
        self.dueOn = dueOn
        self.ownerCode = ownerCode
        self.doneOn = doneOn
        self.doneBy = doneBy
    }

    public var isDone: Bool { doneOn != nil }
}
