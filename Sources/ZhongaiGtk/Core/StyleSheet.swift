import CGtk

/// Application-wide CSS, loaded from the resource bundle.
public enum StyleSheet {
    public static func load(resource path: String) {
        let provider = gtk_css_provider_new()!
        gtk_css_provider_load_from_resource(provider, ResourceBundle.prefix + path)
        if let display = gdk_display_get_default() {
            gtk_style_context_add_provider_for_display(display, OpaquePointer(provider), guint(GTK_STYLE_PROVIDER_PRIORITY_APPLICATION))
        }
        g_object_unref(provider)
    }
}
