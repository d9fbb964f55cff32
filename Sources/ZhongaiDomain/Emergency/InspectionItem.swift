/// The nine things a workplace safety inspection checks (CHK-04; 服务检查制度 第三条), in the order of the source.
public enum InspectionItem: String, CaseIterable, Codable, Sendable {
    case wiring             // 电路
    case plumbing           // 水路
    case extinguishers      // 灭火器
    case buildingSoundness  // 房屋牢固程度
    case antiTheft          // 防盗设备
    case doorsWindows       // 门窗玻璃
    case recordsRoom        // 资料室防潮防火
    case filesConfidential  // 档案资料保密程度
    case papersOrdered      // 文件材料整理

    /// English msgid of the item; the interface shows its translation.
    public var title: String {
        switch self {
        case .wiring: N_("Electrical wiring")
        case .plumbing: N_("Water pipes")
        case .extinguishers: N_("Fire extinguishers")
        case .buildingSoundness: N_("Soundness of the building")
        case .antiTheft: N_("Anti-theft equipment")
        case .doorsWindows: N_("Doors, windows and glass")
        case .recordsRoom: N_("Records room kept dry and fire-safe")
        case .filesConfidential: N_("Confidentiality of archives")
        case .papersOrdered: N_("Documents kept in order")
        }
    }

    /// The source's words, accepted on the command line beside the raw value.
    public var chineseName: String {
        switch self {
        case .wiring: "电路"
        case .plumbing: "水路"
        case .extinguishers: "灭火器"
        case .buildingSoundness: "房屋牢固程度"
        case .antiTheft: "防盗设备"
        case .doorsWindows: "门窗玻璃"
        case .recordsRoom: "资料室防潮防火"
        case .filesConfidential: "档案资料保密程度"
        case .papersOrdered: "文件材料整理"
        }
    }

    /// Parses a raw value or the Chinese name.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let item = InspectionItem(rawValue: t) { self = item; return }
        guard let item = InspectionItem.allCases.first(where: { $0.chineseName == t }) else { return nil }
        self = item
    }
}
