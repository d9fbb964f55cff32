/// A column of the database marked as sensitive (table `sensitiveColumn`), with the field that says how to mask it.
public struct SensitiveColumn: Hashable, Sendable {
    public var table: String
    public var column: String
    public var field: SensitiveField

    public init(table: String, column: String, field: SensitiveField) {
        self.table = table
        self.column = column
        self.field = field
    }
}
