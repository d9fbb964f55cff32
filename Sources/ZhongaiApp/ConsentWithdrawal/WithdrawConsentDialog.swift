import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Records that a client withdrew a consent: from that date it no longer covers what it did (CONF-01).
final class WithdrawConsentDialog {
    private let dialog: EditorDialog
    private let reason: Entry

    init(parent: Window, database: AppDatabase, session: Session, consent: ConsentSummary,
         onSaved: @escaping (Consent) -> Void) {
        dialog = EditorDialog(resource: "withdraw-consent-dialog.ui", windowID: "withdraw_consent_dialog",
                              parent: parent, title: tr("Withdraw Consent"))
        dialog.builder.get(Label.self, "consent_label").text = "\(consent.clientID) · \(consent.clientName) · \(consent.givenOn)"
        let date = dialog.builder.get(Entry.self, "date_entry")
        date.text = CalendarDate.today().description
        reason = dialog.builder.get(Entry.self, "reason_entry")
        let reason = self.reason
        dialog.onSave({
            try database.withdrawConsent(id: consent.id, on: try CalendarDate(parsing: date.text, field: N_("Withdrawal date")),
                                         reason: reason.text, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: reason) }
}
