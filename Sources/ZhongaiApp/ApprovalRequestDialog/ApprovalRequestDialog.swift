import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Asks the holder's supervisor to approve the next stage (CASE-02), the closing or a referral (CASE-03). Closing
/// and referral need a reason of CASE-12; a referral needs the client's consent to share with that agency (CONF-01).
final class ApprovalRequestDialog {
    private let dialog: EditorDialog
    private let kind: DropDown

    init(parent: Window, database: AppDatabase, session: Session, caseFile: CaseFile,
         onSaved: @escaping (ApprovalRequest) -> Void) {
        dialog = EditorDialog(resource: "approval-request-dialog.ui", windowID: "approval_request_dialog",
                              parent: parent, title: trf("Request Approval for %@", caseFile.code))
        let b = dialog.builder
        kind = b.get(DropDown.self, "kind_dropdown")
        let reason = b.get(DropDown.self, "reason_dropdown")
        let agency = b.get(Entry.self, "agency_entry")
        let note = b.get(TextView.self, "note_text")
        enum Choice { case advance(CaseStage), close, refer }
        var choices: [Choice] = []
        if let next = caseFile.stage.next { choices.append(.advance(next)) }
        choices += [.close, .refer]
        kind.setItems(choices.map { choice in
            switch choice {
            case .advance(let stage): trf("Move to %@", tr(stage.title))
            case .close: tr("Close the case")
            case .refer: tr("Refer to another agency")
            }
        })
        let reasons = ClosingReason.allCases
        reason.setItems([tr("Choose…")] + reasons.map { tr($0.title) })
        let showFields = { [kind] in
            let choice = choices[kind.selectedIndex ?? 0]
            if case .advance = choice { reason.isSensitive = false } else { reason.isSensitive = true }
            if case .refer = choice { agency.isSensitive = true } else { agency.isSensitive = false }
        }
        kind.onSelectionChanged(showFields)
        showFields()
        dialog.onSave({
            func chosenReason() throws -> ClosingReason {
                // Rule CASE-12: a case never ends without its reason.
                guard let index = reason.selectedIndex, index > 0 else {
                    throw ValidationError(field: N_("Reason"), N_("a case ends with one of the reasons of the rule book"),
                                          rule: "CASE-12")
                }
                return reasons[index - 1]
            }
            let request: ApprovalRequestKind
            switch choices[self.kind.selectedIndex ?? 0] {
            case .advance(let stage): request = .advance(to: stage)
            case .close: request = .close(try chosenReason())
            case .refer: request = .refer(agency: agency.text, reason: try chosenReason())
            }
            return try database.requestApproval(caseID: caseFile.id, kind: request, note: note.text, as: session)
        }, onSaved: onSaved)
    }

    func present() { dialog.present(focus: kind) }
}
