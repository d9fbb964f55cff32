import CGtk

/// A GtkEntry (or any GtkEditable, such as a GtkSearchEntry).
public final class Entry: Widget {
    public var text: String {
        get { String(cString: gtk_editable_get_text(opaque)) }
        set { gtk_editable_set_text(opaque, newValue) }
    }

    public func onChanged(_ handler: @escaping () -> Void) { connect("changed", handler) }

    /// For a GtkSearchEntry: the text changed and the user paused typing (GTK waits a moment), so that a search
    /// reading the store — and logging its look (CONF-02) — runs once per word, not once per key.
    public func onSearchChanged(_ handler: @escaping () -> Void) { connect("search-changed", handler) }

    /// Enter pressed in the entry.
    public func onActivate(_ handler: @escaping () -> Void) { connect("activate", handler) }
}

extension Entry {
    /// False for a field that shows a value the form does not change (the client an intake is for).
    public var isEditable: Bool {
        get { gtk_editable_get_editable(opaque) != 0 }
        set { gtk_editable_set_editable(opaque, newValue ? 1 : 0) }
    }
}
