import CGtk

public final class Stack: Widget {
    public var visibleChildName: String? {
        get { gtk_stack_get_visible_child_name(opaque).map { String(cString: $0) } }
        set { if let newValue { gtk_stack_set_visible_child_name(opaque, newValue) } }
    }

    public func onVisibleChildChanged(_ handler: @escaping () -> Void) {
        connect("notify::visible-child") { (_: UnsafeMutableRawPointer?) in handler() }
    }
}
