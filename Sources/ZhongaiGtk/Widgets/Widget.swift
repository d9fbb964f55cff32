import CGtk

/// A GtkWidget. Subclasses add what their widget does; all pointer work stays in this layer.
open class Widget: ObjectRef {
    public var widget: UnsafeMutablePointer<GtkWidget> { pointer() }

    public var isVisible: Bool {
        get { gtk_widget_get_visible(widget) != 0 }
        set { gtk_widget_set_visible(widget, newValue ? 1 : 0) }
    }

    public var isSensitive: Bool {
        get { gtk_widget_get_sensitive(widget) != 0 }
        set { gtk_widget_set_sensitive(widget, newValue ? 1 : 0) }
    }

    public var tooltip: String? {
        get { gtk_widget_get_tooltip_text(widget).map { String(cString: $0) } }
        set { gtk_widget_set_tooltip_text(widget, newValue) }
    }

    public func grabFocus() { gtk_widget_grab_focus(widget) }

    public func addCSSClass(_ name: String) { gtk_widget_add_css_class(widget, name) }
    public func removeCSSClass(_ name: String) { gtk_widget_remove_css_class(widget, name) }

    /// The name screen readers (and the AT-SPI tests) know this control by.
    public func setAccessibleLabel(_ label: String) { setAccessible(GTK_ACCESSIBLE_PROPERTY_LABEL, label) }

    /// Sets the accessible description (what a screen reader reads after the name).
    public func setAccessibleDescription(_ text: String) { setAccessible(GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text) }

    private func setAccessible(_ property: GtkAccessibleProperty, _ text: String) {
        var value = GValue()
        g_value_init(&value, gtype(named: "gchararray"))
        g_value_set_string(&value, text)
        var property = property
        withUnsafeMutablePointer(to: &value) { valuePointer in
            gtk_accessible_update_property_value(OpaquePointer(raw), 1, &property, valuePointer)
        }
        g_value_unset(&value)
    }

    /// Called for every input event reaching this widget (keys, pointer, scroll), without consuming it:
    /// the idle lock counts these as activity.
    public func onAnyInput(_ handler: @escaping () -> Void) {
        let controller = ObjectRef(owning: UnsafeMutableRawPointer(gtk_event_controller_legacy_new()!))
        controller.connectReturning("event") { (_: UnsafeMutableRawPointer?) in
            handler()
            return false
        }
        gtk_event_controller_set_propagation_phase(controller.opaque, GTK_PHASE_CAPTURE)
        gtk_widget_add_controller(widget, controller.opaque)
        g_object_ref(controller.raw)  // the widget takes the controller's reference; ours ends with `controller`
    }

    /// Keyboard shortcuts local to this widget, e.g. Escape closing a dialog.
    public func onKeyPressed(_ handler: @escaping (_ keyval: UInt32, _ state: UInt32) -> Bool) {
        let controller = ObjectRef(owning: UnsafeMutableRawPointer(gtk_event_controller_key_new()!))
        controller.connectKeyPressed(handler)
        gtk_widget_add_controller(widget, controller.opaque)
        g_object_ref(controller.raw)  // the widget takes the controller's reference; ours ends with `controller`
    }
}
