import CGtk

/// A GtkColumnView showing a `ValueListModel` with single selection. Each column turns a value into text;
/// cells are GtkLabels made by list-item factories, reused as the list scrolls.
public final class TableView<Value> {
    public let view: Widget
    public let model: ValueListModel<Value>
    private let selection: ObjectRef

    /// Wraps the GtkColumnView `columnView` (from a .ui file) and gives it `columns` (title, text of a value).
    public init(columnView: Widget, columns: [(title: String, text: (Value) -> String)]) {
        view = columnView
        model = ValueListModel<Value>()
        g_object_ref(model.raw)  // gtk_single_selection_new takes the model's reference
        selection = ObjectRef(owning: UnsafeMutableRawPointer(gtk_single_selection_new(model.opaque)!))
        gtk_single_selection_set_autoselect(selection.opaque, 0)
        gtk_single_selection_set_can_unselect(selection.opaque, 1)
        gtk_column_view_set_model(view.opaque, selection.opaque)
        for (title, text) in columns {
            let factory = ObjectRef(owning: UnsafeMutableRawPointer(gtk_signal_list_item_factory_new()!))
            factory.connect("setup") { (listItem: UnsafeMutableRawPointer?) in
                let label = gtk_label_new(nil)!
                gtk_label_set_xalign(OpaquePointer(label), 0)
                gtk_label_set_ellipsize(OpaquePointer(label), PANGO_ELLIPSIZE_END)
                gtk_list_item_set_child(OpaquePointer(listItem), label)
            }
            factory.connect("bind") { (listItem: UnsafeMutableRawPointer?) in
                guard let item = gtk_list_item_get_item(OpaquePointer(listItem)),
                      let value = ValueListModel<Value>.value(ofItem: UnsafeMutableRawPointer(item)),
                      let label = gtk_list_item_get_child(OpaquePointer(listItem)) else { return }
                gtk_label_set_text(OpaquePointer(label), text(value))
            }
            g_object_ref(factory.raw)  // the column takes the factory's reference
            let column = gtk_column_view_column_new(title, factory.opaque)!
            gtk_column_view_column_set_resizable(column, 1)
            gtk_column_view_column_set_expand(column, 1)
            gtk_column_view_append_column(view.opaque, column)
            g_object_unref(UnsafeMutableRawPointer(column))
        }
    }

    public var selectedIndex: Int? {
        get {
            let index = gtk_single_selection_get_selected(selection.opaque)
            return index == GTK_INVALID_LIST_POSITION ? nil : Int(index)
        }
        set { gtk_single_selection_set_selected(selection.opaque, newValue.map { guint($0) } ?? GTK_INVALID_LIST_POSITION) }
    }

    public var selectedValue: Value? { selectedIndex.flatMap { model.value(at: $0) } }

    public func onSelectionChanged(_ handler: @escaping () -> Void) {
        selection.connect("notify::selected") { (_: UnsafeMutableRawPointer?) in handler() }
    }

    /// A row double-clicked or Enter pressed on it.
    public func onRowActivated(_ handler: @escaping () -> Void) {
        view.connect("activate") { (_: UnsafeMutableRawPointer?) in handler() }
    }

    /// Replaces the rows, keeping the selection on the value `sameItem` says is the same, if still there.
    public func show(_ values: [Value], keepingSelection sameItem: ((Value, Value) -> Bool)? = nil) {
        let previous = selectedValue
        model.replaceAll(values)
        if let previous, let sameItem, let index = values.firstIndex(where: { sameItem($0, previous) }) {
            selectedIndex = index
        } else {
            selectedIndex = nil
        }
    }
}
