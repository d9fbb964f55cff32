/// Individual (个别督导) or group (小组督导) supervision (SUP-01).
public enum SupervisionFormat: String, CaseIterable, Codable, Sendable {
    case individual
    case group

    /// English msgid of the format's name.
    public var title: String {
        switch self {
        case .individual: N_("Individual")
        case .group: N_("Group")
        }
    }
}
