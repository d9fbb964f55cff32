import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// 咨询记录表: a new consultation (咨询/即时辅导; CONS-01) of a client on file, with its first contact. Saving issues
/// its archive code of nature I (ARC-01); a record written after the contact's day is kept and flagged (INTAKE-04).
final class ConsultationEditor {
    private let dialog: EditorDialog
    private let topic: Entry

    init(parent: Window, database: AppDatabase, session: Session, client: Client,
         onSaved: @escaping (Consultation) -> Void) {
        dialog = EditorDialog(resource: "consultation-editor.ui", windowID: "consultation_editor", parent: parent,
                              title: tr("New Consultation"))
        let b = dialog.builder
        let clientField = b.get(Entry.self, "client_label_entry")
        topic = b.get(Entry.self, "topic_entry")
        let contact = ContactFields(b)
        clientField.text = client.name
        clientField.isEditable = false
        dialog.onSave({ [topic] in
            try database.openConsultation(ConsultationDraft(clientID: client.id, topic: topic.text,
                                                            firstContact: try contact.draft()),
                                          as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: topic) }
}
