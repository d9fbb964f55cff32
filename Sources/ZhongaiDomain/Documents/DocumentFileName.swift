import Foundation

/// The electronic file name of a generated document (ARC-10): 姓名+月份+文件性质, "王明-2026年03月-个案接案表.pdf".
public struct DocumentFileName: Equatable, Sendable, CustomStringConvertible {
    /// The name with its extension.
    public let text: String

    /// Linux, Windows and the file shares the archive travels on all refuse some of these; none means anything
    /// in a person's name or a document's nature.
    static let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
    /// Most file systems allow 255 bytes of UTF-8 in a name; a Chinese character takes 3.
    static let maxBytes = 255

    /// Rule ARC-10: the name of `name` (the client's, or the worker's for a worker's own document), the month of
    /// `date` and the document's `nature`, each stripped of characters a file name cannot hold. Refuses a part
    /// left empty. An over-long nature is shortened so that the name fits in 255 bytes.
    public init(name: String, month date: CalendarDate, nature: String, fileExtension: String = "pdf") throws {
        let person = try Self.cleaned(name, field: N_("Name"))
        var kind = try Self.cleaned(nature, field: N_("Document"))
        let month = "\(date.year)年" + (date.month < 10 ? "0" : "") + "\(date.month)月"
        let suffix = fileExtension.isEmpty ? "" : "." + fileExtension
        func assembled() -> String { "\(person)-\(month)-\(kind)\(suffix)" }
        while assembled().utf8.count > Self.maxBytes, kind.count > 1 {
            kind.removeLast()
        }
        guard assembled().utf8.count <= Self.maxBytes else {
            throw ValidationError(field: N_("Name"), N_("“%@” is too long for a file name"), person, rule: "ARC-10")
        }
        text = assembled()
    }

    public var description: String { text }

    /// `part` without characters a file name cannot hold (the forbidden ones are dropped, control characters
    /// such as a line break become a space), with runs of white space made one space and none at either end, and
    /// without leading dots (a hidden file).
    static func cleaned(_ part: String, field: String, rule: String = "ARC-10") throws -> String {
        let kept = part.unicodeScalars.map { scalar -> String in
            if forbidden.contains(Character(scalar)) { return "" }
            return scalar.properties.generalCategory == .control ? " " : String(scalar)
        }.joined()
        var words = kept.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while words.hasPrefix(".") { words.removeFirst() }
        let trimmed = words.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw ValidationError(field: field, N_("“%@” leaves nothing for a file name"), part, rule: rule)
        }
        return trimmed
    }
}
