/// What a consent may be asked to cover.
public enum ConsentPurpose: Hashable, Sendable, CustomStringConvertible {
    /// Receiving the centre's professional service (CASE-04: no service before consent).
    case receivingService
    /// Sharing the client's information with a named other agency (CONF-01).
    case sharing(agency: String)

    public var description: String {
        switch self {
        case .receivingService: "receiving service"
        case .sharing(let agency): "sharing with \(agency)"
        }
    }
}
