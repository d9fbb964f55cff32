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

    /// The message in the language `translate` gives; the identity gives English.
    public func localized(_ translate: (String) -> String) -> String {
        var text = translate(format)
        for argument in arguments {
            guard let range = text.range(of: "%@") else { break }
            text.replaceSubrange(range, with: argument)
        }
        var prefix = translate(field)
        if let line { prefix += " (" + translate(N_("line %@")).replacingOccurrences(of: "%@", with: "\(line)") + ")" }
        let suffix = rule.map { " [\($0)]" } ?? ""
        return prefix + ": " + text + suffix
    }

    public var description: String { localized { $0 } }
}
