import CGtk

/// The compiled GResource holding .ui files and the stylesheet (built by `make`, whose manifest lists every view's .ui file).
public enum ResourceBundle {
    public static let prefix = "/org/zhongai/Workbench/"

    /// Registers the bundle at `path`; returns a message when the file is missing or unreadable.
    public static func register(path: String) -> String? {
        var error: UnsafeMutablePointer<GError>?
        guard let resource = g_resource_load(path, &error) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? path
            g_clear_error(&error)
            return message
        }
        g_resources_register(resource)
        return nil
    }
}
