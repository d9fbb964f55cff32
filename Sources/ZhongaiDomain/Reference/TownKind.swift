/// Whether a place of Dongguan is a 街道 (subdistrict), a 镇 (town) or a 功能区 (functional zone such as 松山湖).
public enum TownKind: String, CaseIterable, Codable, Sendable {
    case subdistrict = "街道"
    case town = "镇"
    case functionalZone = "功能区"

    /// English msgid of the kind.
    public var title: String {
        switch self {
        case .subdistrict: N_("Subdistrict")
        case .town: N_("Rural town")
        case .functionalZone: N_("Functional zone")
        }
    }
}
