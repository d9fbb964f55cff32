import CGtk

public final class CheckButton: Widget {
    public var isActive: Bool {
        get { gtk_check_button_get_active(pointer()) != 0 }
        set { gtk_check_button_set_active(pointer(), newValue ? 1 : 0) }
    }

    public func onToggled(_ handler: @escaping () -> Void) { connect("toggled", handler) }
}
