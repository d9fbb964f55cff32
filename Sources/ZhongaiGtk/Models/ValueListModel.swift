import CGtk

/// A GListStore of small GObjects, each carrying one Swift value, for GtkListView/GtkColumnView.
/// Rows are created by the view's factory only for what is on screen, never one widget per item.
public final class ValueListModel<Value>: ObjectRef {
    private final class Box {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private static var valueKey: String { "zhongai-value" }

    public convenience init() {
        self.init(owning: UnsafeMutableRawPointer(g_list_store_new(gtype(named: "GObject"))!))
    }

    public var count: Int { Int(g_list_model_get_n_items(opaque)) }

    /// Replaces every item in one splice, so the view updates once.
    public func replaceAll(_ values: [Value]) {
        let items: [UnsafeMutableRawPointer] = values.map { value in
            let object = g_object_new_with_properties(gtype(named: "GObject"), 0, nil, nil)!
            let item = ObjectRef(owning: UnsafeMutableRawPointer(object))
            item.attach(Box(value), key: Self.valueKey)
            g_object_ref(item.raw)  // handed to the splice below, released after it
            return item.raw
        }
        var pointers: [gpointer?] = items
        g_list_store_splice(opaque, 0, guint(count), &pointers, guint(pointers.count))
        for item in items { g_object_unref(item) }
    }

    public func value(at index: Int) -> Value? {
        guard index >= 0, index < count, let object = g_list_model_get_item(opaque, guint(index)) else { return nil }
        defer { g_object_unref(object) }
        return Self.value(ofItem: UnsafeMutableRawPointer(object))
    }

    public var values: [Value] { (0..<count).compactMap { value(at: $0) } }

    static func value(ofItem item: UnsafeMutableRawPointer) -> Value? {
        guard let data = g_object_get_data(item.assumingMemoryBound(to: GObject.self), valueKey) else { return nil }
        return (Unmanaged<AnyObject>.fromOpaque(data).takeUnretainedValue() as? Box)?.value
    }
}
