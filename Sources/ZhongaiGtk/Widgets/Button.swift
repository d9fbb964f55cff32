import CGtk

public final class Button: Widget {
    public var label: String {
        get { gtk_button_get_label(pointer()).map { String(cString: $0) } ?? "" }
        set { gtk_button_set_label(pointer(), newValue) }
    }

    public func onClicked(_ handler: @escaping () -> Void) { connect("clicked", handler) }
}
