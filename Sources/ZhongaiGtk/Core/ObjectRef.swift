import CGtk

/// Owns one reference to a GObject for as long as the Swift value lives. Every GObject the app holds
/// goes through here, so reference counting (ref, ref_sink for floating widgets, unref) lives in one place.
open class ObjectRef {
    public let raw: UnsafeMutableRawPointer

    /// Adds a reference to an object we were lent (transfer none), sinking a floating one.
    public required init(retaining pointer: UnsafeMutableRawPointer) {
        raw = pointer
        g_object_ref_sink(raw)
    }

    /// Takes over the reference the caller already owns (transfer full), sinking a floating one.
    public init(owning pointer: UnsafeMutableRawPointer) {
        raw = pointer
        if g_object_is_floating(raw) != 0 { g_object_ref_sink(raw) }
    }

    deinit { g_object_unref(raw) }

    /// The pointer as a GTK struct type, for calling C functions that take one.
    public func pointer<T>(as: T.Type = T.self) -> UnsafeMutablePointer<T> { raw.assumingMemoryBound(to: T.self) }

    public var opaque: OpaquePointer { OpaquePointer(raw) }

    public var gobject: UnsafeMutablePointer<GObject> { pointer() }

    public var typeName: String { String(cString: g_type_name(gtypeOf(raw))) }

    /// Keeps a Swift value alive as long as the GObject itself lives (freed with it, not with this wrapper).
    public func attach(_ value: AnyObject, key: String) {
        let box = Unmanaged.passRetained(value).toOpaque()
        g_object_set_data_full(gobject, key, box) { data in
            guard let data else { return }
            Unmanaged<AnyObject>.fromOpaque(data).release()
        }
    }

    /// The value attached under `key`, if any.
    public func attached<T: AnyObject>(_ type: T.Type, key: String) -> T? {
        guard let data = g_object_get_data(gobject, key) else { return nil }
        return Unmanaged<AnyObject>.fromOpaque(data).takeUnretainedValue() as? T
    }
}

/// G_TYPE_FROM_INSTANCE, which is a macro.
func gtypeOf(_ instance: UnsafeMutableRawPointer) -> GType {
    instance.assumingMemoryBound(to: GTypeInstance.self).pointee.g_class.pointee.g_type
}

/// A GType by its registered name (`G_TYPE_STRING` and friends are macros).
public func gtype(named name: String) -> GType { g_type_from_name(name) }
