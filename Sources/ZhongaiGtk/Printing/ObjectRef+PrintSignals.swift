import CGtk

/// The closure of a `draw-page` handler, kept in a box GLib releases with the handler (as `SignalConnection` does
/// for the other signatures).
private final class DrawPageBox {
    let handler: (OpaquePointer, Int32) -> Void
    init(_ handler: @escaping (OpaquePointer, Int32) -> Void) { self.handler = handler }
}

private let releaseDrawPageBox: GClosureNotify = { data, _ in
    guard let data else { return }
    Unmanaged<DrawPageBox>.fromOpaque(data).release()
}

extension ObjectRef {
    /// A print operation's signal of signature (GtkPrintOperation*, GtkPrintContext*, gint): `draw-page`. The
    /// handler gets the GtkPrintContext and the page number (from 0).
    @discardableResult
    public func connectPrintPage(_ signal: String, _ handler: @escaping (_ context: OpaquePointer, _ page: Int32) -> Void)
        -> UInt {
        let thunk: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?, gint, UnsafeMutableRawPointer?) -> Void = {
            _, context, page, data in
            guard let context else { return }
            Unmanaged<DrawPageBox>.fromOpaque(data!).takeUnretainedValue().handler(context, page)
        }
        let data = Unmanaged.passRetained(DrawPageBox(handler)).toOpaque()
        return UInt(g_signal_connect_data(gobject, signal, unsafeBitCast(thunk, to: GCallback.self), data,
                                          releaseDrawPageBox, GConnectFlags(rawValue: 0)))
    }
}
