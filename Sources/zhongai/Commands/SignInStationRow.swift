import ZhongaiDomain

/// `signin export-bundle|open-bundle --json`: the bundle's ids, the session and where the station file is.
struct SignInStationRow: Encodable {
    let bundleID: String
    let stationID: String
    let sessionID: String
    let sessionNumber: Int
    let heldOn: String
    let programmeCode: String
    let programmeTitle: String
    let rosterSize: Int
    let stationDB: String?
}
