import ZhongaiGtk

/// Asks before a consequential change (deactivating a colleague or a service point).
final class ConfirmDialog {
    private let builder = Builder(resource: "confirm-dialog.ui")
    private let window: Window

    init(parent: Window, title: String, message: String, confirmLabel: String, onConfirm: @escaping () -> Void) {
        window = builder.get(Window.self, "confirm_dialog")
        window.title = title
        window.setTransient(for: parent)
        builder.get(Label.self, "message_label").text = message
        let confirm = builder.get(Button.self, "confirm_button")
        confirm.label = confirmLabel
        confirm.setAccessibleLabel(confirmLabel.replacingOccurrences(of: "_", with: ""))
        let window = self.window
        builder.get(Button.self, "cancel_button").onClicked { window.destroy() }
        confirm.onClicked {
            onConfirm()
            window.destroy()
        }
        window.destroyOnEscape()
    }

    func present() { window.present() }
}
