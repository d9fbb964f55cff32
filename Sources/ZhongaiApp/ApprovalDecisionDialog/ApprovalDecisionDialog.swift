import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// A supervisor's decision on a request (CASE-02, CASE-03): approve, reject or ask for revision; a rejection or a
/// request for revision says why. Kept for ever in the case's history.
final class ApprovalDecisionDialog {
    private let dialog: EditorDialog
    private let outcome: DropDown

    init(parent: Window, database: AppDatabase, session: Session, request: ApprovalRequest, requestText: String,
         caseStage: CaseStage, onSaved: @escaping (ApprovalRequest) -> Void) {
        dialog = EditorDialog(resource: "approval-decision-dialog.ui", windowID: "approval_decision_dialog",
                              parent: parent, title: tr("Decision"))
        let b = dialog.builder
        let requestField = b.get(Entry.self, "request_entry")
        outcome = b.get(DropDown.self, "outcome_dropdown")
        let comment = b.get(TextView.self, "comment_text")
        requestField.text = requestText + (request.note.isEmpty ? "" : "：" + request.note)
        requestField.isEditable = false
        let outcomes = ApprovalOutcome.allCases
        outcome.setItems(outcomes.map { tr($0.title) })
        dialog.onSave({
            try database.decide(requestID: request.id, outcome: outcomes[self.outcome.selectedIndex ?? 0],
                                comment: comment.text, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: outcome) }
}
