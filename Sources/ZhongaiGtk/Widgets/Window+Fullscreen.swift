import CGtk

extension Window {
    public var isFullscreen: Bool { gtk_window_is_fullscreen(pointer()) != 0 }

    /// Called when the window enters or leaves full screen (the sign-in kiosk goes back to it when a window manager
    /// shortcut takes it out).
    public func onFullscreenChanged(_ handler: @escaping () -> Void) {
        connect("notify::fullscreened") { (_: UnsafeMutableRawPointer?) in handler() }
    }
}
