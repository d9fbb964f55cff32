import Foundation

/// What a sign-in station on an offline laptop needs for one session (issue 5 item 3), and nothing more: the
/// session as its header shows it, the roster (id, name, phone — in full, since the bundle file is encrypted), the
/// worker in charge and the station's id. Written by the office, encrypted by the store.
public struct StationBundle: Equatable, Sendable, Codable {
    public var formatVersion: Int
    public var bundleID: String
    /// The office database that made the bundle: a batch is imported into that database only.
    public var officeID: String
    public var stationID: String
    public var createdAt: Date
    public var session: SignInSessionInfo
    public var roster: [RosterEntry]

    public init(formatVersion: Int = StationFormat.currentVersion, bundleID: String, officeID: String,
                stationID: String, createdAt: Date, session: SignInSessionInfo, roster: [RosterEntry]) {
        self.formatVersion = formatVersion
        self.bundleID = bundleID
        self.officeID = officeID
        self.stationID = stationID
        self.createdAt = createdAt
        self.session = session
        self.roster = roster
    }

    public func encoded() throws -> Data { try StationFormat.encoder().encode(self) }

    /// Reads a bundle's plain JSON, refusing a newer format version or a damaged text.
    public init(decoding json: Data) throws {
        _ = try StationFormat.declaredVersion(of: json, field: N_("Station bundle"))
        do {
            self = try StationFormat.decoder().decode(StationBundle.self, from: json)
        } catch {
            throw ValidationError(field: N_("Station bundle"), N_("the bundle's contents are damaged"))
        }
    }
}
