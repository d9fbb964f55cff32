/// One cell of a sheet: text, or a number the spreadsheet can add up.
public enum SheetCell: Equatable, Sendable {
    case text(String)
    case number(Double)
}
