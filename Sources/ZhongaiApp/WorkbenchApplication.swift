import ZhongaiGtk
import ZhongaiStore

/// The GUI: one GtkApplication with one main window over one database.
public final class WorkbenchApplication {
    public static let id = "org.zhongai.Workbench"

    private let application = Application(id: WorkbenchApplication.id)
    private let database: AppDatabase
    private let layout: InstallLayout
    private let section: String?
    private var mainWindow: MainWindow?

    public init(database: AppDatabase, layout: InstallLayout, section: String? = nil) {
        self.database = database
        self.layout = layout
        self.section = section
    }

    /// Runs until the window closes; returns the process exit code.
    public func run() -> Int32 {
        if let problem = ResourceBundle.register(path: layout.resourceBundle.path) {
            print(trf("Cannot load the interface files (%@). Build them with `make`.", problem))
            return 1
        }
        application.onActivate { [unowned self] in
            if mainWindow == nil {
                StyleSheet.load(resource: "style.css")
                mainWindow = MainWindow(application: application, database: database)
                if let section, let index = MainWindow.sections.firstIndex(of: section) { mainWindow?.showSection(index) }
            }
            mainWindow?.present()
        }
        return application.run()
    }
}
