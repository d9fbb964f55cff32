import Glibc
import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The GUI: one GtkApplication, a sign-in window, and one main window per signed-in session.
public final class WorkbenchApplication {
    public static let id = "org.zhongai.Workbench"

    private let application = Application(id: WorkbenchApplication.id)
    private let database: AppDatabase
    private let layout: InstallLayout
    private let section: String?
    private var mainWindow: MainWindow?
    private var login: LoginWindow?
    private var backupScheduler: BackupScheduler?

    public init(database: AppDatabase, layout: InstallLayout, section: String? = nil) {
        self.database = database
        self.layout = layout
        self.section = section
    }

    /// Runs until the last window closes; returns the process exit code.
    public func run() -> Int32 {
        // GTK 4.8's GL renderer clips CJK glyphs (心 loses its right half) on software GL such as llvmpipe,
        // which venue laptops and Xvfb use; GTK itself stopped using GL on llvmpipe in 4.14. Cairo draws
        // correctly everywhere and is fast enough for forms and lists. GSK_RENDERER still overrides.
        setenv("GSK_RENDERER", "cairo", 0)
        if let problem = ResourceBundle.register(path: layout.resourceBundle.path) {
            print(trf("Cannot load the interface files (%@). Build them with `make`.", problem))
            return 1
        }
        application.onActivate { [unowned self] in
            if let mainWindow {
                mainWindow.present()
                return
            }
            StyleSheet.load(resource: "style.css")
            let hasAdministrator = (try? database.hasAdministrator()) ?? false
            showLogin(hasAdministrator ? .signIn(code: nil, notice: nil) : .createAdministrator)
        }
        return application.run()
    }

    private func showLogin(_ mode: LoginWindow.Mode) {
        login = LoginWindow(application: application, database: database, mode: mode) { [unowned self] session, notice in
            signedIn(session, notice: notice)
        }
        login?.present()
    }

    private func signedIn(_ session: Session, notice: String?) {
        login = nil
        if let mainWindow, mainWindow.session.workerCode == session.workerCode {
            mainWindow.unlock(session)
            return
        }
        let window = MainWindow(application: application, database: database, session: session)
        window.onLocked = { [unowned self] session in showLogin(.unlock(session)) }
        window.onSignedOut = { [unowned self] in
            showLogin(.signIn(code: nil, notice: nil))
            mainWindow?.destroy()
            mainWindow = nil
        }
        if let section, let index = MainWindow.sections.firstIndex(of: section) { window.showSection(index) }
        mainWindow = window
        window.present(notice: notice)
        if backupScheduler == nil {
            backupScheduler = BackupScheduler(database: database)
            backupScheduler?.start()
        }
        if session.mustChangePassword { window.changePassword(forced: true) }
    }
}
