import Foundation

/// 志愿者提供服务: a recorded service time; each volunteer named is one 人次 for `organiserCode` (IND-01).
public struct VolunteerService: Equatable, Sendable {
    public var id: String
    public var servedOn: CalendarDate
    public var hours: Double
    public var activity: String
    public var programmeCode: String?
    public var organiserCode: String
    public var servicePointID: Int64?
    public var volunteers: [VolunteerRef]
    public var recordedBy: String
    public var recordedAt: Date

    public init(id: String, servedOn: CalendarDate, hours: Double, activity: String, programmeCode: String?,
                organiserCode: String, servicePointID: Int64?, volunteers: [VolunteerRef], recordedBy: String,
                recordedAt: Date) {
        self.id = id
        self.servedOn = servedOn
        self.hours = hours
        self.activity = activity
        self.programmeCode = programmeCode
        self.organiserCode = organiserCode
        self.servicePointID = servicePointID
        self.volunteers = volunteers
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// 人次: one per volunteer.
    public var personTimes: Int { volunteers.count }
}
