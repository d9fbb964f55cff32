/// 意见 or 投诉 (CMP-01).
public enum ComplaintKind: String, CaseIterable, Codable, Sendable {
    /// 意见: an opinion or suggestion.
    case opinion
    /// 投诉: a complaint.
    case complaint

    /// English msgid.
    public var title: String {
        switch self {
        case .opinion: N_("Opinion")
        case .complaint: N_("Complaint")
        }
    }

    public var chineseName: String {
        switch self {
        case .opinion: "意见"
        case .complaint: "投诉"
        }
    }

    /// The raw value or the Chinese name, as typed on the command line.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces)
        guard let found = Self.allCases.first(where: { $0.rawValue == key || $0.chineseName == key }) else { return nil }
        self = found
    }
}
