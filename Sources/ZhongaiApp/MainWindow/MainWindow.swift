import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The workbench window: a sidebar of sections, each a page of the main stack.
final class MainWindow {
    static let sections = ["cases", "groups", "supervision", "emergency", "due", "indicators", "directory", "reference"]

    let application: Application
    let database: AppDatabase
    let window: Window
    let stack: Stack
    let directory: DirectoryView
    let referenceData: ReferenceDataView
    private let builder = Builder(resource: "main-window.ui")
    private(set) var actions: ActionTable!

    init(application: Application, database: AppDatabase) {
        self.application = application
        self.database = database
        window = builder.get(Window.self, "main_window")
        stack = builder.get(Stack.self, "main_stack")
        window.attach(to: application)
        directory = DirectoryView(database: database, parent: window)
        builder.get(Box.self, "directory_page").append(directory.root)
        referenceData = ReferenceDataView(database: database, parent: window)
        builder.get(Box.self, "reference_page").append(referenceData.root)
        builder.get(Label.self, "session_label").text = tr("Not signed in · all service points")

        actions = MainWindowActions.table(for: self)
        window.add(actions, application: application)
        directory.onSelectionChanged = { [unowned self] in updateActions() }
        referenceData.onSelectionChanged = { [unowned self] in updateActions() }
        stack.onVisibleChildChanged { [unowned self] in
            if stack.visibleChildName == "reference" { referenceData.reload() }
            updateActions()
        }
        stack.visibleChildName = "directory"
        updateActions()
    }

    func present() {
        window.present()
        if directory.isEmpty { WelcomeDialog(parent: window, database: database).present() }
    }

    /// The one place that decides which commands can run now (GNOME Text Editor style).
    func updateActions() {
        let onDirectory = stack.visibleChildName == "directory"
        let page = directory.visiblePage
        for name in ["new-worker", "new-service-point", "new-town", "search"] {
            actions.setEnabled(name, onDirectory)
        }
        actions.setEnabled("edit-worker", onDirectory && page == .workers && directory.selectedWorker != nil)
        actions.setEnabled("deactivate-worker", onDirectory && page == .workers && directory.selectedWorker?.isActive == true)
        actions.setEnabled("edit-service-point", onDirectory && page == .servicePoints && directory.selectedServicePoint != nil)
        actions.setEnabled("deactivate-service-point",
                           onDirectory && page == .servicePoints && directory.selectedServicePoint?.isActive == true)
        actions.setEnabled("edit-town", onDirectory && page == .towns && directory.selectedTown != nil)
        actions.setEnabled("deactivate-town", onDirectory && page == .towns && directory.selectedTown?.isActive == true)
        let onReference = stack.visibleChildName == "reference"
        actions.setEnabled("edit-policy-value",
                           onReference && referenceData.visiblePage == .policy && referenceData.selectedPolicyEntry != nil)
        actions.setEnabled("import-holidays", onReference)
    }

    func showSection(_ index: Int) {
        guard MainWindow.sections.indices.contains(index) else { return }
        stack.visibleChildName = MainWindow.sections[index]
    }

    func showAbout() {
        AboutDialog.present(parent: window, name: tr("Zhongai Workbench"), version: "0.1.0",
                            comments: tr("Case files, sign-in sheets, supervision logs and service indicators for the social workers of Dongguan Zhongai Public Welfare Service Centre."),
                            copyright: tr("© 2026 Dongguan Zhongai Public Welfare Service Centre"))
    }
}
