import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 外展探访服务记录表: one visit (探访; CONS-02) to a client on file. Each visit gets its own archive code of nature V
/// (ARC-01); a record written after the visit's day is kept and flagged (INTAKE-04).
final class VisitEditor {
    private let dialog: EditorDialog
    private let place: Entry

    init(parent: Window, database: AppDatabase, session: Session, client: Client, onSaved: @escaping (Visit) -> Void) {
        dialog = EditorDialog(resource: "visit-editor.ui", windowID: "visit_editor", parent: parent,
                              title: tr("New Visit"))
        let b = dialog.builder
        let clientField = b.get(Entry.self, "client_label_entry")
        let date = b.get(Entry.self, "date_entry")
        let duration = b.get(Entry.self, "duration_entry")
        place = b.get(Entry.self, "place_entry")
        let purpose = b.get(Entry.self, "purpose_entry")
        let content = b.get(TextView.self, "content_text")
        clientField.text = client.name
        clientField.isEditable = false
        date.text = CalendarDate.today().description
        dialog.onSave({ [place] in
            let draft = VisitDraft(clientID: client.id, date: try CalendarDate(parsing: date.text, field: N_("Visit date")),
                                   durationMinutes: try ContactFields.minutes(duration.text), place: place.text,
                                   purpose: purpose.text, content: content.text)
            return try database.recordVisit(draft, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: place) }
}
