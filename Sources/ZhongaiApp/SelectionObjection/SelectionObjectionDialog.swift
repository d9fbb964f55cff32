import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 异议: records an objection to a candidate while the candidate list is on notice; the nomination goes to a
/// second review (SEL-04).
final class SelectionObjectionDialog {
    private let dialog: EditorDialog
    private let text: Entry

    init(parent: Window, database: AppDatabase, session: Session, nomination: Nomination,
         onSaved: @escaping () -> Void) {
        dialog = EditorDialog(resource: "selection-objection-dialog.ui", windowID: "selection_objection_dialog",
                              parent: parent, title: tr("Record an Objection"))
        let b = dialog.builder
        b.get(Label.self, "candidate_label").text = trf("Objection to %@ (%@)", nomination.workerName, nomination.workerCode)
        text = b.get(Entry.self, "text_entry")
        let date = b.get(Entry.self, "date_entry")
        date.text = CalendarDate.today().description
        let text = self.text
        dialog.onSave({
            try database.recordObjection(nominationID: nomination.id, text: text.text,
                                         on: try CalendarDate(parsing: date.text, field: N_("Raised on")), as: session)
        }, onSaved: { _ in onSaved() })
    }

    func present() { dialog.present(focus: text) }
}
