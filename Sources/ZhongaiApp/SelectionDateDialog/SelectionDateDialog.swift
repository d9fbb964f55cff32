import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Publishes a round's candidate list or its results on a date (SEL-04: a week, then two weeks of public notice).
final class SelectionDateDialog {
    private let dialog: EditorDialog
    private let date: Entry

    init(parent: Window, title: String, message: String, publish: @escaping (CalendarDate) throws -> Void,
         onSaved: @escaping () -> Void) {
        dialog = EditorDialog(resource: "selection-date-dialog.ui", windowID: "selection_date_dialog", parent: parent,
                              title: title)
        dialog.builder.get(Label.self, "message_label").text = message
        date = dialog.builder.get(Entry.self, "date_entry")
        date.text = CalendarDate.today().description
        let date = self.date
        dialog.onSave({ try publish(try CalendarDate(parsing: date.text, field: N_("Publication date"))) },
                      onSaved: { _ in onSaved() })
    }

    func present() { dialog.present(focus: date) }
}
