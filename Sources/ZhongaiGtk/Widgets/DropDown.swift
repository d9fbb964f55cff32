import CGtk

/// A GtkDropDown over a list of strings; the owner keeps the values those strings stand for.
public final class DropDown: Widget {
    /// Replaces the choices. The selection moves to `selected` (or the first item).
    public func setItems(_ items: [String], selected: Int = 0) {
        var cStrings: [UnsafeMutablePointer<CChar>?] = items.map { strdup($0) } + [nil]
        let model = cStrings.withUnsafeMutableBufferPointer { buffer in
            gtk_string_list_new(UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: UnsafePointer<CChar>?.self))
        }
        for s in cStrings { free(s) }
        cStrings.removeAll()
        guard let model else { return }
        gtk_drop_down_set_model(opaque, model)
        g_object_unref(UnsafeMutableRawPointer(model))
        selectedIndex = items.isEmpty ? nil : min(max(selected, 0), items.count - 1)
    }

    public var selectedIndex: Int? {
        get {
            let index = gtk_drop_down_get_selected(opaque)
            return index == GTK_INVALID_LIST_POSITION ? nil : Int(index)
        }
        set { gtk_drop_down_set_selected(opaque, newValue.map { guint($0) } ?? GTK_INVALID_LIST_POSITION) }
    }

    public func onSelectionChanged(_ handler: @escaping () -> Void) {
        connect("notify::selected") { (_: UnsafeMutableRawPointer?) in handler() }
    }
}
