import Foundation

/// Someone who came without registering, added at the station with the short form; their registration's UUID is
/// made at the station, so importing the batch twice adds them once. Imported as a walk-in awaiting matching.
public struct StationWalkIn: Equatable, Sendable, Codable {
    public var registrationID: String
    public var name: String
    public var phone: String
    public var gender: ParticipantGender
    public var ageGroup: AgeGroup
    public var registeredAt: Date

    public init(registrationID: String, name: String, phone: String, gender: ParticipantGender, ageGroup: AgeGroup,
                registeredAt: Date) {
        self.registrationID = registrationID
        self.name = name
        self.phone = phone
        self.gender = gender
        self.ageGroup = ageGroup
        self.registeredAt = registeredAt
    }
}
