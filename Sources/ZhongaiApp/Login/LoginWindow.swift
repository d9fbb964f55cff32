import Foundation
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The way in. On a new database it creates the first administrator (optionally with the example centre);
/// afterwards a staff code and password open a session; after the idle lock the same worker unlocks.
final class LoginWindow {
    enum Mode {
        case createAdministrator
        case signIn(code: String?, notice: String?)
        case unlock(Session)
    }

    private let builder = Builder(resource: "login-window.ui")
    private let window: Window
    private let first: Entry
    private let password: Entry
    private let repeated: Entry
    private let demo: CheckButton
    private let error: Label
    private let database: AppDatabase
    private let mode: Mode
    private let onSession: (Session, String?) -> Void

    init(application: Application, database: AppDatabase, mode: Mode, onSession: @escaping (Session, String?) -> Void) {
        self.database = database
        self.mode = mode
        self.onSession = onSession
        window = builder.get(Window.self, "login_window")
        first = builder.get(Entry.self, "first_entry")
        password = builder.get(Entry.self, "password_entry")
        repeated = builder.get(Entry.self, "repeat_entry")
        demo = builder.get(CheckButton.self, "demo_check")
        error = builder.get(Label.self, "error_label")
        window.attach(to: application)

        let heading = builder.get(Label.self, "heading_label")
        let explanation = builder.get(Label.self, "explanation_label")
        let caption = builder.get(Label.self, "first_caption")
        let button = builder.get(Button.self, "sign_in_button")
        let creating: Bool
        switch mode {
        case .createAdministrator:
            creating = true
            heading.text = tr("Create the Administrator")
            explanation.text = tr("This database has no administrator yet. The administrator manages accounts and reference data but does not read case files.")
            caption.text = tr("Full name")
            first.setAccessibleLabel(tr("Full name"))
            button.label = tr("_Create Administrator")
            button.setAccessibleLabel(tr("Create administrator"))
        case .signIn(let code, let notice):
            creating = false
            heading.text = tr("Sign In")
            explanation.text = notice ?? tr("Sign in with your staff code and password.")
            caption.text = tr("Staff code")
            first.setAccessibleLabel(tr("Staff code"))
            first.text = code ?? ""
            button.label = tr("_Sign In")
            button.setAccessibleLabel(tr("Sign in"))
        case .unlock(let session):
            creating = false
            heading.text = tr("Locked")
            explanation.text = tr("The workbench locked itself after a while without use. Enter your password to go on.")
            caption.text = tr("Staff code")
            first.setAccessibleLabel(tr("Staff code"))
            first.text = session.workerCode
            first.isSensitive = false
            button.label = tr("_Unlock")
            button.setAccessibleLabel(tr("Unlock"))
        }
        repeated.isVisible = creating
        builder.get(Label.self, "repeat_caption").isVisible = creating
        demo.isVisible = creating
        demo.setAccessibleLabel(tr("Create example centre"))
        window.setDefaultWidget(button)
        button.onClicked { [self] in submit() }
    }

    func present() {
        window.present()
        if case .unlock = mode { window.focus(password) } else { window.focus(first) }
    }

    private func submit() {
        do {
            switch mode {
            case .createAdministrator:
                guard password.text == repeated.text else {
                    throw ValidationError(field: N_("Repeat password"), N_("the two passwords differ"))
                }
                let administrator = try database.createAdministrator(name: first.text, password: password.text)
                if demo.isActive { try database.populateDemoCentre(password: password.text) }
                finish(with: try database.authenticate(workerCode: administrator.code, password: password.text),
                       notice: trf("Your staff code is %@: you sign in with it from now on.", administrator.code))
            case .signIn:
                finish(with: try database.authenticate(workerCode: first.text, password: password.text), notice: nil)
            case .unlock(let locked):
                let session = try database.authenticate(workerCode: locked.workerCode, password: password.text)
                finish(with: session, notice: nil)
            }
        } catch let failure as AuthenticationFailure {
            show(failure.localized(tr))
        } catch {
            show(errorText(error))
        }
    }

    private func finish(with session: Session, notice: String?) {
        password.text = ""
        repeated.text = ""
        onSession(session, notice)
        window.destroy()
    }

    private func show(_ message: String) {
        password.text = ""
        error.text = message
        error.isVisible = true
        window.focus(password)
    }
}
