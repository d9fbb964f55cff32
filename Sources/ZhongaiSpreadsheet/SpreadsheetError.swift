/// A workbook libxlsxwriter could not write, with its message.
public struct SpreadsheetError: Error, Equatable, CustomStringConvertible {
    public let message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
