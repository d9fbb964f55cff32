import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// A supervisee disputes the record of a session they attended, saying what is wrong (SUP-05); the answer is final.
final class SupervisionDisputeDialog {
    private let dialog: EditorDialog
    private let comment: TextView

    init(parent: Window, database: AppDatabase, session: Session, record: SupervisionSessionSummary,
         onSaved: @escaping (SupervisionSession) -> Void) {
        dialog = EditorDialog(resource: "supervision-dispute-dialog.ui", windowID: "supervision_dispute_dialog",
                              parent: parent, title: tr("Dispute the Record"))
        let b = dialog.builder
        comment = b.get(TextView.self, "comment_text")
        b.get(Label.self, "session_label").text = "\(record.heldOn) \(record.startTime) · \(tr(record.type.title)) · "
            + "\(record.supervisorName)（\(record.supervisorCode)）"
        dialog.onSave({ [comment] in
            try database.respondToSupervision(sessionID: record.id, response: .disputed, comment: comment.text,
                                              as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: comment) }
}
