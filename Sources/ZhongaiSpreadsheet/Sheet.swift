/// One sheet of a workbook: a title line, a table (column titles, rows of cells) and lines of notes under it
/// (the explanation of a score sheet). The name is the tab's label.
public struct Sheet: Equatable, Sendable {
    public let name: String
    public let title: String
    public let columns: [SheetColumn]
    public let rows: [[SheetCell]]
    public let notes: [String]

    public init(name: String, title: String, columns: [SheetColumn], rows: [[SheetCell]], notes: [String] = []) {
        precondition(!columns.isEmpty, "a sheet needs at least one column")
        // Sheets are laid out from code, so a row wider than its titles is a bug, not input to refuse.
        precondition(rows.allSatisfy { $0.count <= columns.count }, "a sheet row has more cells than columns")
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}
