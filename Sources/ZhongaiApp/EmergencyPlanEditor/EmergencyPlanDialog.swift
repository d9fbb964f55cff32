import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 行政人事部 edits a plan (EMG-02): its title and its steps, one per line as in data/emergency-plans.txt
/// (`role | numbers | parallel group | text`). Saving stores the next version; events already run keep theirs. The
/// lines are read by the plan file's own parser, so a step with no role, or a role that is not one, is refused
/// naming EMG-02, and nothing is written.
final class EmergencyPlanDialog {
    private let dialog: EditorDialog
    private let steps: TextView

    init(parent: Window, database: AppDatabase, session: Session, plan: EmergencyPlan, allPlans: [EmergencyPlan],
         onSaved: @escaping (EmergencyPlan) -> Void) {
        dialog = EditorDialog(resource: "emergency-plan-dialog.ui", windowID: "emergency_plan_dialog", parent: parent,
                              title: tr("Emergency Plan"))
        let b = dialog.builder
        steps = b.get(TextView.self, "steps_text")
        let title = b.get(Entry.self, "title_entry")
        b.get(Label.self, "kind_label").text = trf("%@ (now version %@)", tr(plan.kind.title), String(plan.version))
        b.get(Label.self, "format_label").text = tr("One step per line: role | numbers to call (or -) | parallel group | what to do. Steps with the same group number run at the same time.")
            + "\n" + tr("Roles:") + " " + SafetyRole.allCases.map(\.chineseName).joined(separator: "、")
        title.text = plan.title
        steps.text = plan.steps.map(Self.line).joined(separator: "\n")
        let steps = self.steps
        dialog.onSave({
            let others = allPlans.filter { $0.kind != plan.kind }
            // The edited plan first, so that a refusal's line number counts from its own lines.
            let edited = Self.fileText(plan.kind, title.text, lines: steps.text.split(separator: "\n").map(String.init))
            let text = ([edited] + others.map(Self.fileText)).joined(separator: "\n")
            guard let parsed = try EmergencyPlanFile.parse(text, file: tr("Steps")).first(where: { $0.kind == plan.kind })
            else { throw ValidationError(field: N_("Steps"), N_("a plan has at least one step"), rule: "EMG-02") }
            return try database.editEmergencyPlan(parsed, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: steps) }

    private static func line(_ step: EmergencyPlanStep) -> String {
        [step.role?.chineseName ?? "", step.callNumbers.isEmpty ? "-" : step.callNumbers.joined(separator: ","),
         String(step.parallelGroup), step.text].joined(separator: " | ")
    }

    private static func fileText(_ plan: EmergencyPlan) -> String {
        fileText(plan.kind, plan.title, lines: plan.steps.map(line))
    }

    private static func fileText(_ kind: EmergencyPlanKind, _ title: String, lines: [String]) -> String {
        (["plan | \(kind.rawValue) | \(title)"] + lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { "step | " + $0 }).joined(separator: "\n")
    }
}
