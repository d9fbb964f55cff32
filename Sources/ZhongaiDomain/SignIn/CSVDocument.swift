import Foundation

/// A table written as CSV that Excel opens as it is (issue 5 item 7): UTF-8 with a byte-order mark (without it
/// Excel reads Chinese as mojibake), CRLF line ends, fields quoted when they hold a comma, quote or line break.
///
/// Formula injection: a cell that starts with = + - @ (or a tab or carriage return, which Excel skips before
/// reading a formula) would run as a formula in Excel, so it gets a leading apostrophe, which Excel shows as text.
public struct CSVDocument: Equatable, Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The file's text after the byte-order mark.
    public var text: String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// The bytes to write: BOM + `text`.
    public var data: Data {
        Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    /// One cell guarded against formula injection, then quoted if it needs to be.
    public static func field(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            cell = "'" + cell
        }
        guard cell.unicodeScalars.contains(where: { ["," as Unicode.Scalar, "\"", "\n", "\r"].contains($0) }) else {
            return cell
        }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
