import CGtk

extension Application {
    /// The application's windows, most recently focused first (the sign-in kiosk hides the others while it runs).
    public var windows: [Window] {
        var windows: [Window] = []
        var node = gtk_application_get_windows(pointer())
        while let item = node {
            if let data = item.pointee.data { windows.append(Window(retaining: data)) }
            node = item.pointee.next
        }
        return windows
    }
}
