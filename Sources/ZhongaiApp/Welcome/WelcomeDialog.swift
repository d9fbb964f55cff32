import ZhongaiGtk
import ZhongaiStore

/// First run: an empty database offers the example centre or an empty start.
final class WelcomeDialog {
    private let builder = Builder(resource: "welcome-dialog.ui")
    private let window: Window

    init(parent: Window, database: AppDatabase) {
        window = builder.get(Window.self, "welcome_dialog")
        window.setTransient(for: parent)
        window.destroyOnEscape()
        let window = self.window
        let problem = builder.get(Label.self, "error_label")
        builder.get(Button.self, "empty_button").onClicked { window.destroy() }
        builder.get(Button.self, "demo_button").onClicked {
            do {
                try database.populateDemoCentre()
                window.destroy()
            } catch {
                problem.text = errorText(error)
                problem.isVisible = true
            }
        }
    }

    func present() { window.present() }
}
