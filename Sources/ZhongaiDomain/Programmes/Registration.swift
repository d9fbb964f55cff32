import Foundation

/// A participant registered for a programme (《报名表》), or a walk-in added at the venue. The id is a UUID made
/// where the registration is taken (an offline station laptop included), so registrations from several machines
/// never collide.
public struct Registration: Equatable, Codable, Sendable {
    public var id: String
    public var programmeID: String
    public var name: String
    /// Digits only; empty when none was given.
    public var phone: String
    public var gender: ParticipantGender
    public var ageGroup: AgeGroup
    /// The client on file this participant is, once known.
    public var clientID: String?
    /// Added at a session without registering beforehand; matched later (`matchedAt`).
    public var isWalkIn: Bool
    /// When a walk-in was matched to a client or confirmed as a new person.
    public var matchedAt: Date?
    public var registeredOn: CalendarDate
    public var recordedBy: String
    public var recordedAt: Date

    public init(id: String, programmeID: String, name: String, phone: String, gender: ParticipantGender,
                ageGroup: AgeGroup, clientID: String?, isWalkIn: Bool, matchedAt: Date?, registeredOn: CalendarDate,
                recordedBy: String, recordedAt: Date) {
        self.id = id
        self.programmeID = programmeID
        self.name = name
        self.phone = phone
        self.gender = gender
        self.ageGroup = ageGroup
        self.clientID = clientID
        self.isWalkIn = isWalkIn
        self.matchedAt = matchedAt
        self.registeredOn = registeredOn
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// A walk-in not yet matched to a client or confirmed new.
    public var awaitsMatching: Bool { isWalkIn && matchedAt == nil }
}
