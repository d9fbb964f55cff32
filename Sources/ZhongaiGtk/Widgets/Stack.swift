import CGtk

public final class Stack: Widget {
    public var visibleChildName: String? {
        get { gtk_stack_get_visible_child_name(opaque).map { String(cString: $0) } }
        set { if let newValue { gtk_stack_set_visible_child_name(opaque, newValue) } }
    }

    /// Shows or hides the page named `name` (and its sidebar entry).
    public func setPageVisible(_ name: String, _ visible: Bool) {
        guard let child = gtk_stack_get_child_by_name(opaque, name) else { return }
        gtk_stack_page_set_visible(gtk_stack_get_page(opaque, child), visible ? 1 : 0)
    }

    public func onVisibleChildChanged(_ handler: @escaping () -> Void) {
        connect("notify::visible-child") { (_: UnsafeMutableRawPointer?) in handler() }
    }
}
