import Foundation

/// One sign-in of a session as the station and the filled sign-in sheet list it (GRP-04).
public struct SessionSignIn: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var registrationID: String
    public var name: String
    public var phone: String
    public var isWalkIn: Bool
    /// The sign-in's own time.
    public var signedAt: Date
    public var signature: SignatureStrokes?
    /// The station that took it ("office" for the office database's own kiosk).
    public var stationID: String

    public init(id: String, registrationID: String, name: String, phone: String, isWalkIn: Bool, signedAt: Date,
                signature: SignatureStrokes?, stationID: String) {
        self.id = id
        self.registrationID = registrationID
        self.name = name
        self.phone = phone
        self.isWalkIn = isWalkIn
        self.signedAt = signedAt
        self.signature = signature
        self.stationID = stationID
    }
}
