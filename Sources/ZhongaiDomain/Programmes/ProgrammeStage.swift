/// Where a programme is in the flow of GRP-01, as its recorded events place it.
///
/// Group flow: 需求评估与目标确定 → 选择小组组员 → 小组方案设计 (`planning`, the plan written and `planSubmitted`) →
/// 开展小组活动 (`planApproved`: members register and sessions are held) → 结束与评估 and 撰写工作报告
/// (`reportSubmitted`) → 督导批阅 (`reportApproved`) → 归档 (`archived`) → 个别案主继续跟进 (the report's
/// follow-up section). Activities follow the same stages without member selection. Whether sessions are under way
/// or over is read from their dates (`Programme.isOver(today:)`), not stored.
public enum ProgrammeStage: String, CaseIterable, Codable, Sendable, Comparable {
    case planning
    case planSubmitted
    case planApproved
    case reportSubmitted
    case reportApproved
    case archived

    /// English msgid of the stage's name.
    public var title: String {
        switch self {
        case .planning: N_("Planning")
        case .planSubmitted: N_("Plan submitted")
        case .planApproved: N_("Plan approved")
        case .reportSubmitted: N_("Report submitted")
        case .reportApproved: N_("Report approved")
        case .archived: N_("Archived")
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (a: ProgrammeStage, b: ProgrammeStage) -> Bool { a.order < b.order }
}
