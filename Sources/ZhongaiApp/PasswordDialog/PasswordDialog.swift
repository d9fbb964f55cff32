import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// Changes the signed-in worker's own password (the current one is needed), or, for an administrator,
/// resets a colleague's (the colleague must change it at the next sign-in). Both are logged by the store.
final class PasswordDialog {
    enum Purpose {
        case changeOwn(forced: Bool)
        case reset(Worker)
    }

    private let dialog: EditorDialog
    private let current, new, repeated: Entry

    init(parent: Window, database: AppDatabase, session: Session, purpose: Purpose,
         onSaved: @escaping (Session) -> Void, onDismissed: @escaping () -> Void = {}) {
        let title: String
        switch purpose {
        case .changeOwn: title = tr("Change Password")
        case .reset(let worker): title = trf("Reset the Password of %@", worker.name)
        }
        dialog = EditorDialog(resource: "password-dialog.ui", windowID: "password_dialog", parent: parent, title: title)
        current = dialog.builder.get(Entry.self, "current_entry")
        new = dialog.builder.get(Entry.self, "new_entry")
        repeated = dialog.builder.get(Entry.self, "repeat_entry")
        let workerLabel = dialog.builder.get(Label.self, "worker_label")
        switch purpose {
        case .changeOwn(let forced):
            workerLabel.text = forced ? trf("%@: an administrator reset your password; choose your own now.", session.workerCode)
                                      : session.workerCode
        case .reset(let worker):
            workerLabel.text = "\(worker.name)（\(worker.code)）"
            current.isVisible = false
            dialog.builder.get(Label.self, "current_caption").isVisible = false
        }
        let (current, new, repeated) = (self.current, self.new, self.repeated)
        dialog.onSave({
            guard new.text == repeated.text else {
                throw ValidationError(field: N_("Repeat new password"), N_("the two passwords differ"))
            }
            switch purpose {
            case .changeOwn:
                return try database.setPassword(workerCode: session.workerCode, newPassword: new.text,
                                                oldPassword: current.text, by: session)
            case .reset(let worker):
                _ = try database.setPassword(workerCode: worker.code, newPassword: new.text, by: session)
                return session
            }
        }, onSaved: onSaved)
        dialog.onDismissed(onDismissed)
    }

    func present() {
        dialog.present(focus: current.isVisible ? current : new)
    }
}
