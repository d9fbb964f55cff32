/// One record of a reference data file in data/: UTF-8 text, one record a line, fields separated by `|` with the
/// spaces around them trimmed; blank lines and lines whose first visible character is `#` are skipped.
public struct DataFileLine: Equatable, Sendable {
    /// 1-based line number in the file, for error messages.
    public let number: Int
    public let fields: [String]
    /// The file's name, naming the "field" of a `ValidationError` about this line.
    public let file: String

    public init(number: Int, fields: [String], file: String) {
        self.number = number
        self.fields = fields
        self.file = file
    }

    /// Splits a file into records, refusing a line whose number of fields is outside `fieldCount` (trailing
    /// optional fields may be left out).
    public static func records(in text: String, file: String, fieldCount: ClosedRange<Int>) throws -> [DataFileLine] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var result: [DataFileLine] = []
        for (index, rawLine) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fieldCount.contains(fields.count) else {
                let expected = fieldCount.count == 1 ? "\(fieldCount.lowerBound)"
                    : "\(fieldCount.lowerBound)–\(fieldCount.upperBound)"
                throw ValidationError(field: file, N_("expected %@ fields separated by “|”, found %@"),
                                      expected, "\(fields.count)", line: index + 1)
            }
            result.append(DataFileLine(number: index + 1, fields: fields, file: file))
        }
        return result
    }

    /// The field at `index`, or "" when an optional trailing field was left out.
    public subscript(index: Int) -> String { index < fields.count ? fields[index] : "" }

    /// The field at `index`, refused when empty; `name` is the English msgid of the column.
    public func required(_ index: Int, _ name: String) throws -> String {
        let value = self[index]
        guard !value.isEmpty else { throw error(N_("the %@ column is empty"), name) }
        return value
    }

    /// An error about this line of the file, with up to three arguments for the message's `%@`.
    public func error(_ format: String, _ arguments: String..., rule: String? = nil) -> ValidationError {
        let a = arguments + ["", "", ""]
        switch arguments.count {
        case 0: return ValidationError(field: file, format, rule: rule, line: number)
        case 1: return ValidationError(field: file, format, a[0], rule: rule, line: number)
        case 2: return ValidationError(field: file, format, a[0], a[1], rule: rule, line: number)
        default: return ValidationError(field: file, format, a[0], a[1], a[2], rule: rule, line: number)
        }
    }
}
