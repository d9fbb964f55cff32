import ZhongaiGtk

/// What every record editor shares: a modal window from a .ui file with Cancel and Save buttons and an
/// error label. Save runs the editor's one store transaction; a refusal is shown under the form, the window
/// stays open and nothing is written.
final class EditorDialog {
    let builder: Builder
    let window: Window
    private let error: Label
    private var saved = false

    init(resource: String, windowID: String, parent: Window, title: String) {
        builder = Builder(resource: resource)
        window = builder.get(Window.self, windowID)
        error = builder.get(Label.self, "error_label")
        window.title = title
        window.setTransient(for: parent)
        window.destroyOnEscape()
        let window = self.window
        builder.get(Button.self, "cancel_button").onClicked { window.destroy() }
    }

    /// Wires Save: `save` performs the change and returns the saved value, handed to `onSaved`.
    /// The button's handler holds `save` (and so the editor it belongs to) for as long as the window lives.
    func onSave<Value>(_ save: @escaping () throws -> Value, onSaved: @escaping (Value) -> Void) {
        let button = builder.get(Button.self, "save_button")
        window.setDefaultWidget(button)
        button.onClicked { [self] in
            do {
                let value = try save()
                saved = true
                onSaved(value)
                window.destroy()
            } catch {
                self.error.text = errorText(error)
                self.error.isVisible = true
            }
        }
    }

    /// Called when the window goes away without a save (Cancel, Escape, the close button).
    func onDismissed(_ handler: @escaping () -> Void) {
        window.connect("destroy") { [unowned self] in
            if !saved { handler() }
        }
    }

    func present(focus: Widget) {
        window.present()
        window.focus(focus)
    }
}
