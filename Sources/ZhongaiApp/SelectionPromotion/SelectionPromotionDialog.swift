import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Confirms a candidate's promotion in 人员与服务点, with the new supervisor, after showing what ROLE-02's ratios
/// would become (a warning with the numbers, not a refusal).
final class SelectionPromotionDialog {
    private let dialog: EditorDialog
    private let supervisor: Entry

    init(parent: Window, database: AppDatabase, session: Session, round: SelectionRound, nomination: Nomination,
         current: Worker?, onSaved: @escaping (StaffingRatioCheck) -> Void) {
        dialog = EditorDialog(resource: "selection-promotion-dialog.ui", windowID: "selection_promotion_dialog",
                              parent: parent, title: tr("Confirm the Promotion"))
        let b = dialog.builder
        b.get(Label.self, "message_label").text = trf("Promote %@ (%@) to %@.", nomination.workerName,
                                                      nomination.workerCode, tr(round.target.title))
        let warning = b.get(Label.self, "warning_label")
        do {
            let warnings = try database.staffingCheck(nominationID: nomination.id, as: session).warnings
            warning.text = warnings.isEmpty ? tr("The staffing ratios of ROLE-02 hold after the promotion.")
                                            : warnings.map { $0.localized(tr) }.joined(separator: "\n")
        } catch {
            warning.text = errorText(error)
        }
        supervisor = b.get(Entry.self, "supervisor_entry")
        supervisor.text = current?.supervisorCode ?? ""
        supervisor.tooltip = tr("Staff code of the promoted worker's supervisor")
        let supervisor = self.supervisor
        dialog.onSave({
            try database.confirmPromotion(nominationID: nomination.id, supervisorCode: supervisor.text, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: supervisor) }
}
