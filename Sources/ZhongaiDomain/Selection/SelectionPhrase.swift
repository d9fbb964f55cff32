/// A sentence of the selection's explanations (eligibility conditions, how a score was reached) as an English msgid
/// with `%@` arguments, so that the window, the PDF, the .xlsx and the command line print the same words, each in
/// its language. An argument is a phrase too: a msgid (a category, a level) is translated, a number or a name
/// passes through unchanged.
public struct SelectionPhrase: Equatable, Codable, Sendable, CustomStringConvertible {
    public let format: String
    public let arguments: [SelectionPhrase]

    public init(_ format: String, _ arguments: String...) {
        self.format = format
        self.arguments = arguments.map { SelectionPhrase($0) }
    }

    /// A sentence whose arguments are sentences of their own.
    public init(_ format: String, parts: [SelectionPhrase]) {
        self.format = format
        arguments = parts
    }

    /// The sentence in the language `translate` gives.
    public func localized(_ translate: (String) -> String) -> String {
        var text = translate(format)
        guard !arguments.isEmpty else { return text }
        var searchFrom = text.startIndex
        for value in arguments.map({ $0.localized(translate) }) {
            guard let range = text.range(of: "%@", range: searchFrom..<text.endIndex) else { break }
            text.replaceSubrange(range, with: value)
            searchFrom = text.index(range.lowerBound, offsetBy: value.count)
        }
        return text
    }

    public var description: String { localized { $0 } }
}
