/// A worker's role in the centre. Rule ROLE-01.
public enum Role: String, CaseIterable, Codable, Sendable {
    case frontline              // 一线社工
    case assistantSupervisor    // 督导助理
    case traineeSupervisor      // 见习督导
    case supervisor             // 督导 (often an external 香港督导)
    case serviceDepartment      // 服务部 (archives)
    case adminHR                // 行政人事部
    case chair                  // 理事长
    case viceChair              // 副理事长
    case administrator          // 系统管理员 (accounts and reference data)

    /// English msgid of the role's name; the interface shows its translation.
    public var title: String {
        switch self {
        case .frontline: N_("Frontline social worker")
        case .assistantSupervisor: N_("Assistant supervisor")
        case .traineeSupervisor: N_("Trainee supervisor")
        case .supervisor: N_("Supervisor")
        case .serviceDepartment: N_("Service department")
        case .adminHR: N_("Administration and HR")
        case .chair: N_("Chair")
        case .viceChair: N_("Vice-chair")
        case .administrator: N_("System administrator")
        }
    }

    /// The Chinese name, accepted on the command line beside the raw value.
    public var chineseName: String {
        switch self {
        case .frontline: "一线社工"
        case .assistantSupervisor: "督导助理"
        case .traineeSupervisor: "见习督导"
        case .supervisor: "督导"
        case .serviceDepartment: "服务部"
        case .adminHR: "行政人事部"
        case .chair: "理事长"
        case .viceChair: "副理事长"
        case .administrator: "系统管理员"
        }
    }

    /// Roles that supervise others in the supervision chain (CASE-02: 督导/见习督导/督导助理).
    public var supervises: Bool {
        self == .supervisor || self == .traineeSupervisor || self == .assistantSupervisor
    }

    /// Parses a raw value or the Chinese name.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let r = Role(rawValue: t) { self = r; return }
        guard let r = Role.allCases.first(where: { $0.chineseName == t }) else { return nil }
        self = r
    }
}
