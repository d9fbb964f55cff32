import CXlsxWriter
import Foundation

/// An .xlsx workbook of sheets, written in one go through libxlsxwriter. Every cell is set in a CJK-capable font
/// so that Chinese text shows in any spreadsheet program.
public struct Workbook: Sendable {
    public let sheets: [Sheet]
    /// The font of every cell; Noto Sans CJK SC is the one the workbench installs (fonts-noto-cjk).
    public let fontName: String

    public init(sheets: [Sheet], fontName: String = "Noto Sans CJK SC") {
        precondition(!sheets.isEmpty, "a workbook needs at least one sheet")
        self.sheets = sheets
        self.fontName = fontName
    }

    /// Writes the workbook to `path`, replacing a file there. Sheet names are made valid for Excel: at most 31
    /// characters, without []:*?/\, unique.
    public func write(to path: String) throws {
        guard let workbook = workbook_new(path) else {
            throw SpreadsheetError(message: "cannot create \(path)")
        }
        let formats = Formats(workbook: workbook, fontName: fontName)
        var used: Set<String> = []
        for sheet in sheets {
            let name = Self.uniqueName(sheet.name, used: &used)
            guard let worksheet = workbook_add_worksheet(workbook, name) else {
                _ = workbook_close(workbook)
                throw SpreadsheetError(message: "cannot add the sheet “\(name)”")
            }
            try Self.fill(worksheet, with: sheet, formats: formats)
        }
        try Self.check(workbook_close(workbook))
    }

    private struct Formats {
        let title: UnsafeMutablePointer<lxw_format>
        let header: UnsafeMutablePointer<lxw_format>
        let cell: UnsafeMutablePointer<lxw_format>
        let note: UnsafeMutablePointer<lxw_format>

        init(workbook: UnsafeMutablePointer<lxw_workbook>, fontName: String) {
            func make(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format> {
                let format = workbook_add_format(workbook)!
                format_set_font_name(format, fontName)
                configure(format)
                return format
            }
            title = make { format_set_bold($0); format_set_font_size($0, 14) }
            header = make { format_set_bold($0); format_set_border($0, UInt8(LXW_BORDER_THIN.rawValue)) }
            cell = make { format_set_text_wrap($0); format_set_border($0, UInt8(LXW_BORDER_THIN.rawValue)) }
            note = make { _ in }
        }
    }

    private static func fill(_ worksheet: UnsafeMutablePointer<lxw_worksheet>, with sheet: Sheet, formats: Formats)
        throws {
        try check(worksheet_write_string(worksheet, 0, 0, sheet.title, formats.title))
        for (index, column) in sheet.columns.enumerated() {
            let col = lxw_col_t(index)
            try check(worksheet_set_column(worksheet, col, col, column.width, nil))
            try check(worksheet_write_string(worksheet, 2, col, column.title, formats.header))
        }
        for (rowIndex, row) in sheet.rows.enumerated() {
            let r = lxw_row_t(rowIndex + 3)
            for (index, cell) in row.enumerated() {
                switch cell {
                case .text(let text):
                    try check(worksheet_write_string(worksheet, r, lxw_col_t(index), text, formats.cell))
                case .number(let number):
                    try check(worksheet_write_number(worksheet, r, lxw_col_t(index), number, formats.cell))
                }
            }
        }
        let notesStart = sheet.rows.count + 4
        for (index, note) in sheet.notes.enumerated() {
            try check(worksheet_write_string(worksheet, lxw_row_t(notesStart + index), 0, note, formats.note))
        }
    }

    private static func check(_ error: lxw_error) throws {
        guard error == LXW_NO_ERROR else {
            throw SpreadsheetError(message: String(cString: lxw_strerror(error)))
        }
    }

    /// Excel's rules for a sheet name: 1–31 characters, none of []:*?/\, unique regardless of case.
    static func uniqueName(_ wanted: String, used: inout Set<String>) -> String {
        let forbidden = Set("[]:*?/\\")
        var base = String(wanted.filter { !forbidden.contains($0) }.prefix(31))
        if base.isEmpty { base = "Sheet" }
        var name = base
        var counter = 2
        while used.contains(name.lowercased()) {
            let suffix = "(\(counter))"
            name = String(base.prefix(31 - suffix.count)) + suffix
            counter += 1
        }
        used.insert(name.lowercased())
        return name
    }
}
