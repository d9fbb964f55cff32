import Foundation

/// Marks an English string as a gettext msgid without translating it here: the domain knows no gettext,
/// the interface layer translates (xgettext extracts `N_` as well as `tr`).
@inline(__always) public func N_(_ msgid: String) -> String { msgid }

/// Bad input refused by a domain rule. It names the field (or the line of a file) and, where a regulation is
/// behind the refusal, its rule ID; the message is an English msgid with `%@` placeholders so the
/// interface can translate it.
public struct ValidationError: Error, Equatable, CustomStringConvertible, Sendable {
    public let field: String
    public let format: String
    public let arguments: [String]
    public let rule: String?
    public let line: Int?

    public init(field: String, _ format: String, _ arguments: String..., rule: String? = nil, line: Int? = nil) {
        self.field = field
        self.format = format
        self.arguments = arguments
        self.rule = rule
        self.line = line
    }

    /// The message in the language `translate` gives; the identity gives English. Arguments that are
    /// msgids themselves (a column or field name) are translated too; names and codes pass through unchanged.
    public func localized(_ translate: (String) -> String) -> String {
        let message = Self.fill(translate(format), arguments.map(translate))
        var subject = translate(field)
        if let line { subject = Self.fill(translate(N_("%@, line %@")), [subject, "\(line)"]) }
        let sentence = Self.fill(translate(N_("%@: %@")), [subject, message])
        return rule.map { sentence + " [\($0)]" } ?? sentence
    }

    private static func fill(_ format: String, _ values: [String]) -> String {
        var text = format
        var searchFrom = text.startIndex
        for value in values {
            guard let range = text.range(of: "%@", range: searchFrom..<text.endIndex) else { break }
            text.replaceSubrange(range, with: value)
            searchFrom = text.index(range.lowerBound, offsetBy: value.count)
        }
        return text
    }

    public var description: String { localized { $0 } }
}
