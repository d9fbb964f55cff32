import ZhongaiGtk

/// Binds the message catalogue built from po/ before anything is shown or printed.
public enum InterfaceLanguage {
    public static func setUp(layout: InstallLayout) {
        Localization.setUp(localeDirectory: layout.localeDirectory.path)
    }

    /// A refusal as the user reads it: field, reason and rule, translated.
    public static func describe(_ error: Error) -> String { errorText(error) }
}
