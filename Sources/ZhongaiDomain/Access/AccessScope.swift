/// Which protected records a permission reaches, seen from the worker who acts. Rules ROLE-01, CONF-02.
public enum AccessScope: String, CaseIterable, Codable, Sendable, Comparable {
    /// Records the worker holds.
    case own
    /// Records held by workers the worker supervises, directly or down the chain (not the worker's own).
    case supervised
    /// Records of the worker's service point.
    case servicePoint
    /// Every record.
    case all

    public static func < (a: AccessScope, b: AccessScope) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// English msgid of the scope's name.
    public var title: String {
        switch self {
        case .own: N_("own records")
        case .supervised: N_("records of supervised workers")
        case .servicePoint: N_("records of the service point")
        case .all: N_("all records")
        }
    }
}
