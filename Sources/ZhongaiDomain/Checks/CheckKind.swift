/// Rule CHK-02: the two quarterly checks of 自我检查制度: a supervisor's check of a worker's service (三) and the
/// centre's check of the relationship between an employer unit and its staff (四).
public enum CheckKind: String, CaseIterable, Codable, Sendable {
    case supervisor
    case employer

    /// English msgid.
    public var title: String {
        switch self {
        case .supervisor: N_("Supervisor check of a worker")
        case .employer: N_("Employer relationship check of a service point")
        }
    }

    /// Who may record the check: 督导, 见习督导, 督导助理 for a worker they supervise (三); the centre's management for
    /// an employer unit (四, 拜访用人单位制度).
    public var checkerRoles: Set<Role> {
        switch self {
        case .supervisor: [.assistantSupervisor, .traineeSupervisor, .supervisor]
        case .employer: [.adminHR, .chair, .viceChair]
        }
    }

    /// The source's clause, as the due board shows it.
    public var clause: String {
        switch self {
        case .supervisor: "自我检查制度 三（督导、督导助理每季度对社工的服务情况进行检查）"
        case .employer: "自我检查制度 四（机构每季度对用人单位和员工关系融洽程度进行检查）"
        }
    }
}
