import Foundation

/// One sign-in collected at a station: its own UUID and time, kept as they are when imported (issue 5 item 3).
public struct StationSignIn: Equatable, Sendable, Codable {
    public var id: String
    public var registrationID: String
    public var signedAt: Date
    public var signature: SignatureStrokes?

    public init(id: String, registrationID: String, signedAt: Date, signature: SignatureStrokes? = nil) {
        self.id = id
        self.registrationID = registrationID
        self.signedAt = signedAt
        self.signature = signature
    }
}
