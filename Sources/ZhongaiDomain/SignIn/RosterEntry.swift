import Foundation

/// One person on a session's sign-in roster: what the station needs to find and sign them in, nothing more.
public struct RosterEntry: Hashable, Sendable, Codable, Identifiable {
    /// The registration's UUID.
    public var id: String
    public var name: String
    public var phone: String
    /// Added at the venue, not registered beforehand; waits for matching to a known client.
    public var isWalkIn: Bool
    /// When they signed in to this session, if they have.
    public var signedInAt: Date?

    public init(id: String, name: String, phone: String, isWalkIn: Bool = false, signedInAt: Date? = nil) {
        self.id = id
        self.name = name
        self.phone = phone
        self.isWalkIn = isWalkIn
        self.signedInAt = signedInAt
    }

    /// The name as others see it on the kiosk (王*明).
    public var maskedName: String { PersonMask.name(name) }
    /// The phone as others see it on the kiosk (****1234).
    public var maskedPhone: String { PersonMask.phone(phone) }
}
