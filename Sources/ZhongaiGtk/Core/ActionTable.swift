import CGtk

/// One window's (or the application's) commands as GSimpleActions, with their accelerators in one table
/// (GNOME Loupe / Text Editor style). Enabled state is set from one place by the owner's update function.
public final class ActionTable {
    public struct Entry {
        public let name: String
        public let accelerators: [String]
        public let handler: () -> Void

        public init(_ name: String, accelerators: [String] = [], _ handler: @escaping () -> Void) {
            self.name = name
            self.accelerators = accelerators
            self.handler = handler
        }
    }

    /// "win" for a window's actions, "app" for the application's.
    public let scope: String
    public let entries: [Entry]
    private var actions: [String: ObjectRef] = [:]

    public init(scope: String, _ entries: [Entry]) {
        self.scope = scope
        self.entries = entries
    }

    func install(on actionMap: UnsafeMutableRawPointer, application: Application) {
        for entry in entries {
            let action = ObjectRef(owning: UnsafeMutableRawPointer(g_simple_action_new(entry.name, nil)!))
            let handler = entry.handler
            action.connect("activate") { (_: UnsafeMutableRawPointer?) in handler() }
            g_action_map_add_action(OpaquePointer(actionMap), action.opaque)
            actions[entry.name] = action
            if !entry.accelerators.isEmpty {
                application.setAccelerators(entry.accelerators, for: "\(scope).\(entry.name)")
            }
        }
    }

    public func setEnabled(_ name: String, _ enabled: Bool) {
        guard let action = actions[name] else { return }
        g_simple_action_set_enabled(action.opaque, enabled ? 1 : 0)
    }

    public func isEnabled(_ name: String) -> Bool {
        guard let action = actions[name] else { return false }
        return g_action_get_enabled(action.opaque) != 0
    }

    /// Runs an action as if it were activated from the interface.
    public func activate(_ name: String) {
        guard let action = actions[name] else { return }
        g_action_activate(action.opaque, nil)
    }
}
