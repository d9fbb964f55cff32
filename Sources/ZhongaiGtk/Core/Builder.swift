import CGtk

/// A GtkBuilder over one .ui file of the registered GResource; views look their widgets up by id.
public final class Builder: ObjectRef {
    /// Loads `/org/zhongai/Workbench/<path>` from the resource bundle.
    public convenience init(resource path: String) {
        let builder = gtk_builder_new()!
        gtk_builder_set_translation_domain(builder, Localization.domain)
        self.init(owning: UnsafeMutableRawPointer(builder))
        var error: UnsafeMutablePointer<GError>?
        if gtk_builder_add_from_resource(builder, ResourceBundle.prefix + path, &error) == 0 {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            fatalError("Interface file \(path) is broken: \(message)")  // a packaging bug, not user input
        }
    }

    /// The object with `id`; a missing id is a programming error in the .ui file.
    public func get<W: ObjectRef>(_ type: W.Type, _ id: String) -> W {
        guard let object = gtk_builder_get_object(opaque, id) else {
            fatalError("The interface has no object with id “\(id)”")
        }
        return W(retaining: UnsafeMutableRawPointer(object))
    }
}
