/// A line of data/towns.txt: a town or subdistrict, its kind and its archive code. Rule ARC-02.
public struct TownEntry: Equatable, Codable, Sendable {
    public var name: String
    public var kind: TownKind
    public var code: String

    public init(name: String, kind: TownKind, code: String) {
        self.name = name
        self.kind = kind
        self.code = code
    }

    /// Rule ARC-02: a town code is uppercase Latin letters A–Z, at most 8 characters. Digits may follow the
    /// letters only as `InitialsDisambiguator`'s last resort (after every longer spelling is taken), as in
    /// `ArchiveCode.isValidNameCode`.
    public static func isValidCode(_ code: String) -> Bool {
        code.count <= 8 && ArchiveCode.isValidNameCode(code)
    }

    /// The trimmed code, refused unless `isValidCode`.
    public static func validatedCode(_ code: String, field: String = N_("Code"), line: Int? = nil) throws -> String {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard isValidCode(trimmed) else {
            throw ValidationError(field: field, N_("“%@” must be uppercase letters A–Z"), code,
                                  rule: "ARC-02", line: line)
        }
        return trimmed
    }
}
