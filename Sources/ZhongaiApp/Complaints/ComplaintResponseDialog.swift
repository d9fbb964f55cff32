import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The reply of an opinion or complaint (CMP-02: the result returned to the complainant, once, not dated before the
/// receipt) or a follow-up note; either may close the record (closing needs the reply).
final class ComplaintResponseDialog {
    private let dialog: EditorDialog
    private let text: TextView

    init(parent: Window, database: AppDatabase, session: Session, complaint: ComplaintSummary, reply: Bool,
         onSaved: @escaping (Complaint) -> Void) {
        dialog = EditorDialog(resource: "complaint-response-dialog.ui", windowID: "complaint_response_dialog",
                              parent: parent, title: reply ? tr("Reply to the Complainant") : tr("Follow-up Note"))
        let b = dialog.builder
        let date = b.get(Entry.self, "date_entry")
        text = b.get(TextView.self, "response_text")
        let close = b.get(CheckButton.self, "close_check")
        date.text = CalendarDate.today().description
        dialog.onSave({ [text] in
            if reply {
                return try database.replyToComplaint(
                    id: complaint.id, result: text.text,
                    on: try CalendarDate(parsing: date.text, field: N_("Replied on")), close: close.isActive, as: session)
            }
            return try database.addComplaintFollowUp(
                id: complaint.id, note: text.text, on: try CalendarDate(parsing: date.text, field: N_("Follow-up date")),
                close: close.isActive, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: text) }
}
