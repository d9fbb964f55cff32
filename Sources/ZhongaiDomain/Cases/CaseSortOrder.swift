/// How a case list is sorted.
public enum CaseSortOrder: String, CaseIterable, Codable, Sendable {
    /// Newest opening first (the default).
    case openedNewestFirst
    case openedOldestFirst
    /// By archive code.
    case code
    /// By stage in process order (接案 first), newest first within a stage.
    case stage

    /// English msgid of the order's name.
    public var title: String {
        switch self {
        case .openedNewestFirst: N_("Newest first")
        case .openedOldestFirst: N_("Oldest first")
        case .code: N_("By code")
        case .stage: N_("By stage")
        }
    }
}
