/// GTK refused to print or export (a GError from GtkPrintOperation, such as a folder that cannot be written): its
/// message, already in the user's language.
public struct DocumentPrintError: Error, Equatable, CustomStringConvertible {
    public let message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
