import CGtk

/// The user's folders as GLib knows them (XDG user directories).
public enum UserFolders {
    /// The documents folder (~/文档, ~/Documents), or the home folder where none is configured.
    public static var documents: String {
        if let path = g_get_user_special_dir(G_USER_DIRECTORY_DOCUMENTS) { return String(cString: path) }
        return String(cString: g_get_home_dir())
    }
}
