import CGtk
import Dispatch
import Glibc

/// GTK's main loop does not drain Swift's main queue, so `DispatchQueue.main`, `@MainActor` tasks and GRDB's
/// observation callbacks would never run while `g_application_run` runs. This adds libdispatch's main-queue
/// handle to GLib's default context, which then drains the queue whenever work is posted to it.
public enum MainLoopBridge {
    private static var sourceID: guint = 0

    public static func install() {
        guard sourceID == 0 else { return }
        let fd = _dispatch_get_main_queue_handle_4CF()
        sourceID = g_unix_fd_add_full(G_PRIORITY_DEFAULT, fd, G_IO_IN, { fd, _, _ in
            // The handle is an eventfd: consume its count, or GLib sees it readable forever and starves drawing.
            var count: UInt64 = 0
            _ = read(fd, &count, MemoryLayout<UInt64>.size)
            _dispatch_main_queue_callback_4CF(nil)
            return 1  // G_SOURCE_CONTINUE
        }, nil, nil)
    }

    /// Runs GLib's default context until `condition` holds or `timeout` seconds pass (for tests and scripts).
    @discardableResult
    public static func iterate(until condition: () -> Bool, timeout: Double = 5) -> Bool {
        let deadline = g_get_monotonic_time() + gint64(timeout * 1_000_000)
        while !condition() {
            if g_get_monotonic_time() > deadline { return false }
            g_main_context_iteration(nil, 0)
            g_usleep(1000)
        }
        return true
    }
}
