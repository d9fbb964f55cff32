import Foundation

/// The sign-ins a station collected for one session, carried back to the office (issue 5 item 3): each with its
/// own UUID, time and signature, and the walk-ins with their new registration UUIDs. Encrypted by the store.
public struct SignInBatch: Equatable, Sendable, Codable {
    public var formatVersion: Int
    public var batchID: String
    /// The office database, station, session and bundle it answers: an import into any other is refused.
    public var officeID: String
    public var stationID: String
    public var sessionID: String
    public var bundleID: String
    public var exportedAt: Date
    public var walkIns: [StationWalkIn]
    public var signIns: [StationSignIn]

    public init(formatVersion: Int = StationFormat.currentVersion, batchID: String, officeID: String,
                stationID: String, sessionID: String, bundleID: String, exportedAt: Date, walkIns: [StationWalkIn],
                signIns: [StationSignIn]) {
        self.formatVersion = formatVersion
        self.batchID = batchID
        self.officeID = officeID
        self.stationID = stationID
        self.sessionID = sessionID
        self.bundleID = bundleID
        self.exportedAt = exportedAt
        self.walkIns = walkIns
        self.signIns = signIns
    }

    public func encoded() throws -> Data { try StationFormat.encoder().encode(self) }

    /// Reads a batch's plain JSON, refusing a newer format version or a damaged text.
    public init(decoding json: Data) throws {
        _ = try StationFormat.declaredVersion(of: json, field: N_("Sign-in batch"))
        do {
            self = try StationFormat.decoder().decode(SignInBatch.self, from: json)
        } catch {
            throw ValidationError(field: N_("Sign-in batch"), N_("the batch's contents are damaged"))
        }
    }
}
