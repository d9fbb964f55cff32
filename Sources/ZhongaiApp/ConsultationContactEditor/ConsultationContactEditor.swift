import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The next contact of a consultation (咨询; CONS-01). A contact beyond the policy's maximum is recorded and makes
/// the consultation a case candidate; one dated before the previous contact or in the future is refused.
final class ConsultationContactEditor {
    private let dialog: EditorDialog

    init(parent: Window, database: AppDatabase, session: Session, consultation: ConsultationSummary,
         onSaved: @escaping (Consultation) -> Void) {
        dialog = EditorDialog(resource: "consultation-contact-editor.ui", windowID: "consultation_contact_editor",
                              parent: parent,
                              title: trf("Contact %@ of %@", String(consultation.contactCount + 1), consultation.code))
        let contact = ContactFields(dialog.builder)
        dialog.onSave({
            try database.addConsultationContact(consultationID: consultation.id, try contact.draft(), as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: dialog.builder.get(Entry.self, "duration_entry")) }
}
