import Foundation

/// 志愿者培训: a recorded training, counted once for `trainerCode` in its month (IND-01).
public struct VolunteerTraining: Equatable, Sendable {
    public var id: String
    public var heldOn: CalendarDate
    public var title: String
    public var minutes: Int
    public var trainerCode: String
    public var servicePointID: Int64?
    public var attendees: [VolunteerRef]
    public var recordedBy: String
    public var recordedAt: Date

    public init(id: String, heldOn: CalendarDate, title: String, minutes: Int, trainerCode: String,
                servicePointID: Int64?, attendees: [VolunteerRef], recordedBy: String, recordedAt: Date) {
        self.id = id
        self.heldOn = heldOn
        self.title = title
        self.minutes = minutes
        self.trainerCode = trainerCode
        self.servicePointID = servicePointID
        self.attendees = attendees
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
