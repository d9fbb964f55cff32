import CGtk

/// The GtkApplication. NON_UNIQUE so test instances and a venue's second window run side by side.
public final class Application: ObjectRef {
    public convenience init(id: String) {
        self.init(owning: UnsafeMutableRawPointer(gtk_application_new(id, G_APPLICATION_NON_UNIQUE)!))
    }

    public func onActivate(_ handler: @escaping () -> Void) { connect("activate", handler) }

    /// Runs the main loop until the last window closes. Arguments are parsed by the caller, not by GApplication.
    public func run() -> Int32 {
        MainLoopBridge.install()
        return g_application_run(pointer(), 0, nil)
    }

    public func quit() { g_application_quit(pointer()) }

    /// Binds keyboard accelerators to an action name such as "win.new-worker".
    public func setAccelerators(_ accelerators: [String], for action: String) {
        var cStrings = accelerators.map { strdup($0) } + [nil]
        gtk_application_set_accels_for_action(pointer(), action, cStrings.withUnsafeMutableBufferPointer { buffer in
            UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: UnsafePointer<gchar>?.self)
        })
        for s in cStrings { free(s) }
        cStrings.removeAll()
    }

    public func add(_ actions: ActionTable) { actions.install(on: raw, application: self) }
}
