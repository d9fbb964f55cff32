import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Hands a case to another active frontline colleague; it moves when the receiver accepts it. (A worker who
/// leaves hands everything to 服务部 instead: CONF-03, in 人员与服务点.)
final class TransferDialog {
    private let dialog: EditorDialog
    private let receiver: DropDown

    init(parent: Window, database: AppDatabase, session: Session, caseFile: CaseFile, onSaved: @escaping () -> Void) {
        dialog = EditorDialog(resource: "transfer-dialog.ui", windowID: "transfer_dialog", parent: parent,
                              title: trf("Transfer %@", caseFile.code))
        receiver = dialog.builder.get(DropDown.self, "receiver_dropdown")
        let workers = ((try? database.directorySnapshot().workers) ?? [])
            .filter { $0.isActive && $0.code != caseFile.holderCode && $0.role == .frontline }
        receiver.setItems([tr("Choose…")] + workers.map { "\($0.name)（\($0.code)）" })
        dialog.onSave({
            guard let index = self.receiver.selectedIndex, index > 0 else {
                throw ValidationError(field: N_("Receiving worker"), N_("choose one"))
            }
            _ = try database.requestTransfer(caseID: caseFile.id, to: workers[index - 1].code, as: session)
        }, onSaved: { _ in onSaved() })
    }

    func present() { dialog.present(focus: receiver) }
}
