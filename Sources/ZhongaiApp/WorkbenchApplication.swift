import Glibc
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
        // GTK 4.8's GL renderer clips CJK glyphs (心 loses its right half) on software GL such as llvmpipe,
        // which venue laptops and Xvfb use; GTK itself stopped using GL on llvmpipe in 4.14. Cairo draws
        // correctly everywhere and is fast enough for forms and lists. GSK_RENDERER still overrides.
        setenv("GSK_RENDERER", "cairo", 0)
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
