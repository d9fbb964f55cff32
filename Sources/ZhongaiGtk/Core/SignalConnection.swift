import CGtk

/// Connects GObject signals to Swift closures. The closure lives in a retained box that GLib releases
/// through the GClosureNotify when the handler is disconnected or the object dies, so nothing leaks and
/// nothing is freed early. `g_signal_connect` is a macro; these go through `g_signal_connect_data` with
/// a C thunk of exactly the signal's arity.
private final class SignalBox<Handler> {
    let handler: Handler
    init(_ handler: Handler) { self.handler = handler }
}

private let releaseBox: GClosureNotify = { data, _ in
    guard let data else { return }
    Unmanaged<AnyObject>.fromOpaque(data).release()
}

extension ObjectRef {
    /// A signal with no arguments and no return value (`clicked`, `activate`, `changed`…).
    @discardableResult
    public func connect(_ signal: String, _ handler: @escaping () -> Void) -> UInt {
        let thunk: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Void = { _, data in
            Unmanaged<SignalBox<() -> Void>>.fromOpaque(data!).takeUnretainedValue().handler()
        }
        return connectThunk(signal, unsafeBitCast(thunk, to: GCallback.self), SignalBox(handler))
    }

    /// A signal with one pointer argument (`notify`, `setup`/`bind` of a list item factory, `activate` of an action…).
    @discardableResult
    public func connect(_ signal: String, _ handler: @escaping (UnsafeMutableRawPointer?) -> Void) -> UInt {
        let thunk: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Void = { _, arg, data in
            Unmanaged<SignalBox<(UnsafeMutableRawPointer?) -> Void>>.fromOpaque(data!).takeUnretainedValue().handler(arg)
        }
        return connectThunk(signal, unsafeBitCast(thunk, to: GCallback.self), SignalBox(handler))
    }

    /// A signal with one integer argument (`response` of a dialog or native file chooser).
    @discardableResult
    public func connect(_ signal: String, _ handler: @escaping (Int32) -> Void) -> UInt {
        let thunk: @convention(c) (UnsafeMutableRawPointer?, gint, UnsafeMutableRawPointer?) -> Void = { _, value, data in
            Unmanaged<SignalBox<(Int32) -> Void>>.fromOpaque(data!).takeUnretainedValue().handler(value)
        }
        return connectThunk(signal, unsafeBitCast(thunk, to: GCallback.self), SignalBox(handler))
    }

    /// A signal with no arguments returning a boolean (`close-request`: true stops the default handler).
    @discardableResult
    public func connectReturning(_ signal: String, _ handler: @escaping () -> Bool) -> UInt {
        let thunk: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> gboolean = { _, data in
            Unmanaged<SignalBox<() -> Bool>>.fromOpaque(data!).takeUnretainedValue().handler() ? 1 : 0
        }
        return connectThunk(signal, unsafeBitCast(thunk, to: GCallback.self), SignalBox(handler))
    }

    /// A signal with one pointer argument returning a boolean (`event` of a legacy event controller).
    @discardableResult
    public func connectReturning(_ signal: String, _ handler: @escaping (UnsafeMutableRawPointer?) -> Bool) -> UInt {
        let thunk: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> gboolean = { _, arg, data in
            Unmanaged<SignalBox<(UnsafeMutableRawPointer?) -> Bool>>.fromOpaque(data!).takeUnretainedValue().handler(arg) ? 1 : 0
        }
        return connectThunk(signal, unsafeBitCast(thunk, to: GCallback.self), SignalBox(handler))
    }

    /// A key-pressed style signal: (keyval, keycode, state) → handled.
    @discardableResult
    public func connectKeyPressed(_ handler: @escaping (_ keyval: UInt32, _ state: UInt32) -> Bool) -> UInt {
        let thunk: @convention(c) (UnsafeMutableRawPointer?, guint, guint, guint32, UnsafeMutableRawPointer?) -> gboolean = { _, keyval, _, state, data in
            Unmanaged<SignalBox<(UInt32, UInt32) -> Bool>>.fromOpaque(data!).takeUnretainedValue().handler(keyval, state) ? 1 : 0
        }
        return connectThunk("key-pressed", unsafeBitCast(thunk, to: GCallback.self), SignalBox(handler))
    }

    public func disconnect(_ handlerID: UInt) {
        g_signal_handler_disconnect(gobject, gulong(handlerID))
    }

    private func connectThunk(_ signal: String, _ thunk: GCallback, _ box: AnyObject) -> UInt {
        let data = Unmanaged.passRetained(box).toOpaque()
        return UInt(g_signal_connect_data(gobject, signal, thunk, data, releaseBox, GConnectFlags(rawValue: 0)))
    }
}
