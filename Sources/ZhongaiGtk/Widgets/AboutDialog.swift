import CGtk

/// GTK's About window (gtk_show_about_dialog is variadic, so it is built with setters).
public enum AboutDialog {
    public static func present(parent: Window, name: String, version: String, comments: String, copyright: String) {
        let dialog = gtk_about_dialog_new()!
        let about = OpaquePointer(dialog)
        gtk_about_dialog_set_program_name(about, name)
        gtk_about_dialog_set_version(about, version)
        gtk_about_dialog_set_comments(about, comments)
        gtk_about_dialog_set_copyright(about, copyright)
        gtk_about_dialog_set_logo_icon_name(about, "org.zhongai.Workbench")
        gtk_about_dialog_set_license_type(about, GTK_LICENSE_CUSTOM)
        let window = Window(retaining: UnsafeMutableRawPointer(dialog))
        window.setTransient(for: parent)
        window.present()
    }
}
