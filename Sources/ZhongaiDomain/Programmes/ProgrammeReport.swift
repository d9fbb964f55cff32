import Foundation

/// The 《小组报告》/《活动报告》 with its 《财务报告》 (GRP-06): how far the aims were achieved, the process, the
/// evaluation, for a group the follow-up of individual members (GRP-01: 个别案主继续跟进), and what was actually
/// spent, line by line, against the plan's budget.
public struct ProgrammeReport: Equatable, Codable, Sendable {
    public var aimsAchieved: String
    public var process: String
    public var evaluation: String
    /// Groups only: members to follow up individually, and how.
    public var memberFollowUp: String
    public var expenses: [BudgetLine]

    public init(aimsAchieved: String, process: String, evaluation: String, memberFollowUp: String = "",
                expenses: [BudgetLine]) {
        self.aimsAchieved = aimsAchieved
        self.process = process
        self.evaluation = evaluation
        self.memberFollowUp = memberFollowUp
        self.expenses = expenses
    }

    /// The report trimmed, or a `ValidationError` naming the section (GRP-06): every section written, for a
    /// group the follow-up of members too, each expense with its item.
    public func validated(isGroup: Bool) throws -> ProgrammeReport {
        var valid = self
        valid.aimsAchieved = aimsAchieved.trimmingCharacters(in: .whitespacesAndNewlines)
        valid.process = process.trimmingCharacters(in: .whitespacesAndNewlines)
        valid.evaluation = evaluation.trimmingCharacters(in: .whitespacesAndNewlines)
        valid.memberFollowUp = memberFollowUp.trimmingCharacters(in: .whitespacesAndNewlines)
        var sections = [(valid.aimsAchieved, N_("Aims achieved")), (valid.process, N_("Process")),
                        (valid.evaluation, N_("Evaluation"))]
        if isGroup { sections.append((valid.memberFollowUp, N_("Follow-up of members"))) }
        for (text, field) in sections where text.isEmpty {
            throw ValidationError(field: field, N_("a report writes every section"), rule: "GRP-06")
        }
        valid.expenses = try expenses.validated(field: N_("Finance report"))
        return valid
    }

    /// The 《财务报告》: the plan's budget beside what was spent, item by item (items matched by name, in the
    /// budget's order, then the unbudgeted ones).
    public func finance(budget: [BudgetLine]) -> [FinanceLine] {
        var lines: [FinanceLine] = []
        var spent = expenses
        for line in budget {
            let matching = spent.filter { $0.item == line.item }
            spent.removeAll { $0.item == line.item }
            lines.append(FinanceLine(item: line.item, budgeted: line.amount,
                                     spent: matching.isEmpty ? nil : matching.total))
        }
        for line in spent {
            if let index = lines.firstIndex(where: { $0.item == line.item && $0.budgeted == nil }) {
                lines[index].spent = (lines[index].spent ?? .zero) + line.amount
            } else {
                lines.append(FinanceLine(item: line.item, budgeted: nil, spent: line.amount))
            }
        }
        return lines
    }
}
