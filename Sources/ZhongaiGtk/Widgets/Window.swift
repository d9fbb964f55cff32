import CGtk

/// A GtkWindow or GtkApplicationWindow.
public class Window: Widget {
    public var title: String {
        get { gtk_window_get_title(pointer()).map { String(cString: $0) } ?? "" }
        set { gtk_window_set_title(pointer(), newValue) }
    }

    public func attach(to application: Application) {
        gtk_window_set_application(pointer(), application.pointer())
    }

    public func setTransient(for parent: Window) {
        gtk_window_set_transient_for(pointer(), parent.pointer())
        gtk_window_set_modal(pointer(), 1)
    }

    public func present() { gtk_window_present(pointer()) }
    /// Full screen, for the venue sign-in kiosk and the emergency checklist on a laptop.
    public func fullscreen() { gtk_window_fullscreen(pointer()) }
    public func unfullscreen() { gtk_window_unfullscreen(pointer()) }
    public func close() { gtk_window_close(pointer()) }
    public func destroy() { gtk_window_destroy(pointer()) }

    /// Moves the keyboard focus to the widget, for shortcuts such as Ctrl+F.
    public func focus(_ widget: Widget) { gtk_window_set_focus(pointer(), widget.widget) }

    public func setDefaultWidget(_ widget: Widget) { gtk_window_set_default_widget(pointer(), widget.widget) }

    /// Installs a table of "win." actions on this window and their accelerators on the application.
    public func add(_ actions: ActionTable, application: Application) { actions.install(on: raw, application: application) }

    /// Escape closes (destroys) the window, as in every GNOME dialog.
    public func destroyOnEscape() {
        // The controller dies with the window, so the bare pointer is valid whenever the handler runs.
        let window = pointer(as: GtkWindow.self)
        onKeyPressed { keyval, _ in
            guard keyval == 0xff1b else { return false }  // GDK_KEY_Escape
            gtk_window_destroy(window)
            return true
        }
    }

    /// Asked before the window closes; return true to keep it open.
    public func onCloseRequest(_ handler: @escaping () -> Bool) { connectReturning("close-request", handler) }
}
