import Foundation

/// A walk-in registration waiting to be matched to a known client, or confirmed as someone new (issue 5 item 2).
public struct WalkInAwaitingMatch: Hashable, Sendable, Codable, Identifiable {
    /// The registration's UUID.
    public var id: String
    public var programmeID: String
    public var programmeCode: String
    public var programmeTitle: String
    public var name: String
    public var phone: String
    public var gender: ParticipantGender
    public var ageGroup: AgeGroup
    public var registeredOn: CalendarDate

    public init(id: String, programmeID: String, programmeCode: String, programmeTitle: String, name: String,
                phone: String, gender: ParticipantGender, ageGroup: AgeGroup, registeredOn: CalendarDate) {
        self.id = id
        self.programmeID = programmeID
        self.programmeCode = programmeCode
        self.programmeTitle = programmeTitle
        self.name = name
        self.phone = phone
        self.gender = gender
        self.ageGroup = ageGroup
        self.registeredOn = registeredOn
    }
}
