/// The post a selection round fills (督导人才选拔): 督导助理 or 见习督导. Rule SEL-01.
public enum SelectionTarget: String, CaseIterable, Codable, Sendable {
    case assistantSupervisor
    case traineeSupervisor

    /// The role the selected worker is promoted to.
    public var role: Role {
        switch self {
        case .assistantSupervisor: .assistantSupervisor
        case .traineeSupervisor: .traineeSupervisor
        }
    }

    public var title: String { role.title }

    /// Parses a raw value or the role's Chinese name (督导助理, 见习督导).
    public init?(text: String) {
        guard let role = Role(text: text),
              let target = SelectionTarget.allCases.first(where: { $0.role == role }) else { return nil }
        self = target
    }
}
