import CGtk

/// Asks for a file to open or a folder to write into (GtkFileChooserNative: a portal where there is one, GTK's
/// own dialog elsewhere, as on a kiosk laptop with no desktop services).
public enum FileChooser {
    public static func open(parent: Window, title: String, accept: String, cancel: String,
                            _ handler: @escaping (_ path: String?) -> Void) {
        ask(GTK_FILE_CHOOSER_ACTION_OPEN, parent: parent, title: title, accept: accept, cancel: cancel, handler)
    }

    /// A folder to write into (a USB stick for a station's sign-in batch).
    public static func chooseFolder(parent: Window, title: String, accept: String, cancel: String,
                                    _ handler: @escaping (_ path: String?) -> Void) {
        ask(GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, parent: parent, title: title, accept: accept, cancel: cancel,
            handler)
    }

    private static func ask(_ action: GtkFileChooserAction, parent: Window, title: String, accept: String,
                            cancel: String, _ handler: @escaping (_ path: String?) -> Void) {
        let native = ObjectRef(owning: UnsafeMutableRawPointer(
            gtk_file_chooser_native_new(title, parent.pointer(), action, accept, cancel)!))
        let chooser = native.opaque
        // The handler keeps the chooser alive until the user answers, then lets it go (GLib holds its own
        // reference while the signal is being emitted).
        var keepAlive: ObjectRef? = native
        native.connect("response") { (response: Int32) in
            var path: String?
            if response == GTK_RESPONSE_ACCEPT.rawValue, let file = gtk_file_chooser_get_file(chooser) {
                path = g_file_get_path(file).map { p in defer { g_free(p) }; return String(cString: p) }
                g_object_unref(UnsafeMutableRawPointer(file))
            }
            handler(path)
            if keepAlive != nil { keepAlive = nil }
        }
        gtk_native_dialog_set_modal(native.pointer(), 1)
        gtk_native_dialog_show(native.pointer())
    }
}
