/// A table of a document: column titles and rows of cells. A row shorter than the titles is padded with empty
/// cells, so that every row the printer sees has one cell per column.
public struct DocumentTable: Equatable, Sendable {
    public let columns: [String]
    public let rows: [[String]]

    public init(columns: [String], rows: [[String]]) {
        precondition(!columns.isEmpty, "a document table needs at least one column")
        // Builders lay tables out from code, so a row wider than its titles is a bug, not input to refuse.
        precondition(rows.allSatisfy { $0.count <= columns.count }, "a table row has more cells than columns")
        self.columns = columns
        self.rows = rows.map { $0 + Array(repeating: "", count: columns.count - $0.count) }
    }
}
