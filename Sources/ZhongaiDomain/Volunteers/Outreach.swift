import Foundation

/// 外展宣传: a recorded outreach event, counted once for `workerCode` in its month (IND-01).
public struct Outreach: Equatable, Sendable {
    public var id: String
    public var heldOn: CalendarDate
    public var place: String
    public var theme: String
    public var peopleReached: Int
    public var note: String
    public var workerCode: String
    public var servicePointID: Int64?
    public var recordedBy: String
    public var recordedAt: Date

    public init(id: String, heldOn: CalendarDate, place: String, theme: String, peopleReached: Int, note: String,
                workerCode: String, servicePointID: Int64?, recordedBy: String, recordedAt: Date) {
        self.id = id
        self.heldOn = heldOn
        self.place = place
        self.theme = theme
        self.peopleReached = peopleReached
        self.note = note
        self.workerCode = workerCode
        self.servicePointID = servicePointID
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
