import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 二次审核: decides an objection once: upheld disqualifies the candidate, dismissed lets them go on (SEL-04).
final class SelectionReviewDialog {
    private let dialog: EditorDialog
    private let note: Entry

    init(parent: Window, database: AppDatabase, session: Session, objection: SelectionObjection, candidate: String,
         onSaved: @escaping () -> Void) {
        dialog = EditorDialog(resource: "selection-review-dialog.ui", windowID: "selection_review_dialog",
                              parent: parent, title: tr("Second Review"))
        let b = dialog.builder
        b.get(Label.self, "objection_label").text = trf("%@, raised on %@: %@", candidate,
                                                        objection.raisedOn.description, objection.text)
        let decision = b.get(DropDown.self, "decision_dropdown")
        let decisions: [SelectionObjection.Decision] = [.dismissed, .upheld]
        decision.setItems(decisions.map { tr($0.title) })
        note = b.get(Entry.self, "note_entry")
        let note = self.note
        dialog.onSave({
            try database.decideObjection(id: objection.id, decision: decisions[decision.selectedIndex ?? 0],
                                         note: note.text, as: session)
        }, onSaved: { _ in onSaved() })
    }

    func present() { dialog.present(focus: note) }
}
