import ZhongaiDomain
import ZhongaiGtk

/// The report page of a programme window: the 《小组报告》/《活动报告》 and the expenses of its 《财务报告》
/// (GRP-06), filled from the record and read back for one save; the finance report beside the plan's budget.
final class ProgrammeReportForm {
    private let aims: TextView
    private let process: TextView
    private let evaluation: TextView
    private let followUp: TextView
    private let expenses: TextView
    let finance: Label
    let comment: Entry
    let status: Label

    init(builder b: Builder) {
        aims = b.get(TextView.self, "report_aims_text")
        process = b.get(TextView.self, "report_process_text")
        evaluation = b.get(TextView.self, "report_evaluation_text")
        followUp = b.get(TextView.self, "report_followup_text")
        expenses = b.get(TextView.self, "expenses_text")
        finance = b.get(Label.self, "finance_label")
        comment = b.get(Entry.self, "report_comment_entry")
        status = b.get(Label.self, "report_status")
    }

    func fill(_ d: ProgrammeDetail) {
        let r = d.report
        aims.text = r?.aimsAchieved ?? ""
        process.text = r?.process ?? ""
        evaluation.text = r?.evaluation ?? ""
        followUp.text = r?.memberFollowUp ?? ""
        expenses.text = r?.expenses.map { "\($0.item) | \($0.amount)" }.joined(separator: "\n") ?? ""
        let lines = d.finance.map { line in
            trf("%@: budget %@, spent %@", line.item, line.budgeted?.description ?? "—", line.spent?.description ?? "—")
        }
        finance.text = lines.isEmpty ? "" : tr("Finance report (budget against spending):") + "\n" + lines.joined(separator: "\n")
    }

    /// Rule GRP-06: the report as written; the store checks every section.
    func report() throws -> ProgrammeReport {
        var lines: [BudgetLine] = []
        for (index, line) in expenses.text.split(separator: "\n").enumerated() {
            let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !parts.allSatisfy(\.isEmpty) else { continue }
            guard parts.count == 2 else {
                throw ValidationError(field: N_("Finance report"),
                                      N_("write the item, a vertical bar “|”, then the amount in yuan"),
                                      rule: "GRP-06", line: index + 1)
            }
            lines.append(BudgetLine(item: parts[0], amount: try MoneyAmount(yuan: parts[1], field: N_("Finance report"))))
        }
        return ProgrammeReport(aimsAchieved: aims.text, process: process.text, evaluation: evaluation.text,
                               memberFollowUp: followUp.text, expenses: lines)
    }
}
