/// How urgently an intake is to be served: part of the initial problem definition. Rule INTAKE-03.
public enum IntakePriority: String, CaseIterable, Codable, Sendable {
    case urgent
    case high
    case normal
    case low

    /// English msgid of the priority.
    public var title: String {
        switch self {
        case .urgent: N_("Urgent")
        case .high: N_("High")
        case .normal: N_("Normal")
        case .low: N_("Low")
        }
    }
}
