import Foundation

/// The 《小组计划书》/《活动计划书》 (GRP-02): aims, target members, the per-session or per-item programme and the
/// budget.
public struct ProgrammePlan: Equatable, Codable, Sendable {
    public var aims: String
    public var targetMembers: String
    public var items: [ProgrammePlanItem]
    public var budget: [BudgetLine]

    public init(aims: String, targetMembers: String, items: [ProgrammePlanItem], budget: [BudgetLine]) {
        self.aims = aims
        self.targetMembers = targetMembers
        self.items = items
        self.budget = budget
    }

    /// The plan trimmed, or a `ValidationError` naming the field: no aims, no target members, no programme item,
    /// an item without its heading or content, a budget line without its item.
    public func validated() throws -> ProgrammePlan {
        var valid = self
        valid.aims = aims.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !valid.aims.isEmpty else {
            throw ValidationError(field: N_("Aims"), N_("a plan states its aims"), rule: "GRP-02")
        }
        valid.targetMembers = targetMembers.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !valid.targetMembers.isEmpty else {
            throw ValidationError(field: N_("Target members"), N_("a plan says whom it is for"), rule: "GRP-02")
        }
        valid.items = try items.map { item in
            let title = item.title.trimmingCharacters(in: .whitespacesAndNewlines)
            let content = item.content.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty, !content.isEmpty else {
                throw ValidationError(field: N_("Programme"), N_("each session or item needs its heading and content"),
                                      rule: "GRP-02")
            }
            return ProgrammePlanItem(title: title, content: content)
        }
        valid.budget = try budget.validated(field: N_("Budget"))
        return valid
    }

    /// What is still missing before the plan can go to the supervisor (GRP-02: with its programme and budget),
    /// as a `ValidationError`; nothing when complete.
    public func requireComplete() throws {
        guard !items.isEmpty else {
            throw ValidationError(field: N_("Programme"), N_("a plan lists its sessions or items"), rule: "GRP-02")
        }
        guard !budget.isEmpty else {
            throw ValidationError(field: N_("Budget"), N_("a plan has a budget (a line of 0.00 when nothing is spent)"),
                                  rule: "GRP-02")
        }
    }
}
