import CGtk

public final class Button: Widget {
    public var label: String {
        get { gtk_button_get_label(pointer()).map { String(cString: $0) } ?? "" }
        set { gtk_button_set_label(pointer(), newValue) }
    }

    public func onClicked(_ handler: @escaping () -> Void) { connect("clicked", handler) }

    /// Clicks the button as the user would (a double-click on a list row choosing, like the dialog's button).
    public func activate() { gtk_widget_activate(widget) }
}
