/// A table of the sign-in records (registrations, sign-ins, roll call) as the exports write it: column titles as
/// English msgids, translated when written; cells as text. CSV and .xlsx are written from the same table.
public struct SignInTable: Equatable, Sendable {
    /// English msgid of the sheet's name.
    public var name: String
    public var title: String
    /// English msgids of the columns.
    public var columns: [String]
    public var rows: [[String]]

    public init(name: String, title: String, columns: [String], rows: [[String]]) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
    }

    /// The table as CSV for Excel, its column titles in the language `translate` gives.
    public func csv(translate: (String) -> String = { $0 }) -> CSVDocument {
        CSVDocument(header: columns.map(translate), rows: rows)
    }
}
