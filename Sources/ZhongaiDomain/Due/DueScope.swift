/// Whose items the due board shows: the signed-in worker's own, also those of the workers they supervise down the
/// chain, or everything their role reaches (服务部 and the chair reach every record).
public enum DueScope: String, CaseIterable, Codable, Sendable {
    case mine
    case team
    case all

    /// English msgid.
    public var title: String {
        switch self {
        case .mine: N_("Mine")
        case .team: N_("My team")
        case .all: N_("All in reach")
        }
    }
}
