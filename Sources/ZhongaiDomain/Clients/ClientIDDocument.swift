/// A client's identity document: its kind and number.
public struct ClientIDDocument: Hashable, Codable, Sendable {
    public var kind: ClientIDDocumentKind
    public var number: String

    public init(kind: ClientIDDocumentKind, number: String) {
        self.kind = kind
        self.number = number
    }

    /// The document with its number in its one written form, or a `ValidationError` naming "ID number": a
    /// resident ID must pass its check digit (`ResidentIDNumber`); another document's number is 6 to 20 letters,
    /// digits or brackets.
    public func validated() throws -> ClientIDDocument {
        switch kind {
        case .residentID:
            return ClientIDDocument(kind: kind, number: try ResidentIDNumber(number).text)
        case .other:
            let upper = number.uppercased().filter { !$0.isWhitespace }
            guard (6...20).contains(upper.count),
                  upper.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "()（）".contains($0)) }) else {
                throw ValidationError(field: N_("ID number"),
                                      N_("“%@” is not a document number: 6 to 20 letters, digits or brackets"), number)
            }
            return ClientIDDocument(kind: kind, number: upper)
        }
    }

    /// The resident ID, when the document is one (and valid).
    public var residentID: ResidentIDNumber? {
        kind == .residentID ? try? ResidentIDNumber(number) : nil
    }
}
