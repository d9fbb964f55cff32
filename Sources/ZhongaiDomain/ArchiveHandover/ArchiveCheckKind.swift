/// CONF-05 (信息保密制度 第四章 2): 服务部's quarterly check of the material handed in, and the yearly inventory of the
/// archive against its catalogue.
public enum ArchiveCheckKind: String, CaseIterable, Codable, Sendable {
    case quarterlyCheck
    case yearlyInventory

    /// English msgid.
    public var title: String {
        switch self {
        case .quarterlyCheck: N_("Quarterly archive check")
        case .yearlyInventory: N_("Yearly archive inventory")
        }
    }
}
