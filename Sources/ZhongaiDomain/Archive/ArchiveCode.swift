import Foundation

/// The code that files a piece of work in the archive: 镇街-板块-性质次序-年月-社工, e.g. `GC-CAB-C01-201301-WM`
/// (莞城, 民政局(医务), the year's first case, January 2013, 王明). Rule ARC-01.
///
/// The sequence is two digits, 01–99 (ARC-05). A worker who opens a hundredth piece of work of one nature in a
/// year gets `C100`: the sequence widens to as many digits as it needs rather than refusing real work.
public struct ArchiveCode: Hashable, Sendable, CustomStringConvertible, Codable {
    /// 镇街: the town's initials (ARC-02), e.g. `GC`.
    public let townCode: String
    /// 板块: three uppercase letters (ARC-03), e.g. `CAB`.
    public let sectorCode: String
    /// 性质 (ARC-04).
    public let nature: ServiceNature
    /// 次序 (ARC-05): from 1, per worker, per nature, per calendar year.
    public let sequence: Int
    /// 年 of opening (ARC-06).
    public let year: Int
    /// 月 of opening, 1–12 (ARC-06).
    public let month: Int
    /// 社工: the worker's initials (ARC-06), e.g. `WM` or `WM2`.
    public let workerCode: String

    /// Builds a code from its parts, refusing any part that is malformed; each error names the part.
    public init(townCode: String, sectorCode: String, nature: ServiceNature, sequence: Int, year: Int, month: Int,
                workerCode: String) throws {
        // Rule ARC-02
        guard Self.isValidNameCode(townCode) else {
            throw ValidationError(field: N_("Town code"),
                                  N_("“%@” must be uppercase letters, optionally followed by digits"),
                                  townCode, rule: "ARC-02")
        }
        // Rule ARC-03
        guard sectorCode.count == 3, sectorCode.unicodeScalars.allSatisfy(Self.isUppercaseLetter) else {
            throw ValidationError(field: N_("Sector code"), N_("“%@” must be three uppercase letters"),
                                  sectorCode, rule: "ARC-03")
        }
        // Rule ARC-05
        guard sequence >= 1 else {
            throw ValidationError(field: N_("Sequence"), N_("%@ must be 1 or more"), String(sequence), rule: "ARC-05")
        }
        // Rule ARC-06
        guard (1...9999).contains(year), (1...12).contains(month) else {
            throw ValidationError(field: N_("Year and month"), N_("%@ is not a month that exists"),
                                  String(format: "%04d%02d", year, month), rule: "ARC-06")
        }
        // Rule ARC-06
        guard Self.isValidNameCode(workerCode) else {
            throw ValidationError(field: N_("Worker code"),
                                  N_("“%@” must be uppercase letters, optionally followed by digits"),
                                  workerCode, rule: "ARC-06")
        }
        self.townCode = townCode
        self.sectorCode = sectorCode
        self.nature = nature
        self.sequence = sequence
        self.year = year
        self.month = month
        self.workerCode = workerCode
    }

    /// Parses a code such as `GC-CAB-C01-201301-WM`. Rule ARC-01.
    public init(parsing text: String) throws {
        let field = N_("Archive code")
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5 else {
            throw ValidationError(field: field,
                                  N_("“%@” must have five parts separated by “-”: town-sector-nature and sequence-YYYYMM-worker"),
                                  trimmed, rule: "ARC-01")
        }
        let natureAndSequence = parts[2]
        guard let letter = natureAndSequence.first, let nature = ServiceNature(rawValue: String(letter)) else {
            throw ValidationError(field: field, N_("“%@” does not start with a nature letter (C, G, P, F, V or I)"),
                                  natureAndSequence, rule: "ARC-04")
        }
        let digits = natureAndSequence.dropFirst()
        // Two digits, or more without a leading zero once past 99: one spelling per sequence.
        guard digits.count >= 2, digits.unicodeScalars.allSatisfy(Self.isDigit),
              digits.count == 2 || digits.first != "0", let sequence = Int(digits) else {
            throw ValidationError(field: field, N_("“%@” must be a nature letter followed by a two-digit sequence"),
                                  natureAndSequence, rule: "ARC-05")
        }
        let yearMonth = parts[3]
        guard yearMonth.count == 6, yearMonth.unicodeScalars.allSatisfy(Self.isDigit),
              let year = Int(yearMonth.prefix(4)), let month = Int(yearMonth.suffix(2)) else {
            throw ValidationError(field: field, N_("“%@” must be the year and month as YYYYMM"), yearMonth,
                                  rule: "ARC-06")
        }
        try self.init(townCode: parts[0], sectorCode: parts[1], nature: nature, sequence: sequence, year: year,
                      month: month, workerCode: parts[4])
    }

    /// The code as filed, e.g. `GC-CAB-C01-201301-WM`.
    public var description: String {
        String(format: "%@-%@-%@%02d-%04d%02d-%@", townCode, sectorCode, nature.rawValue, sequence, year, month,
               workerCode)
    }

    /// The count this code's sequence belongs to (ARC-05).
    public var sequenceScope: ArchiveSequenceScope {
        ArchiveSequenceScope(workerCode: workerCode, nature: nature, year: year)
    }

    /// Whether `code` has the form of a town or worker code: uppercase letters, then optionally digits that
    /// tell apart names with the same initials (`WM2`).
    public static func isValidNameCode(_ code: String) -> Bool {
        let scalars = Array(code.unicodeScalars)
        let letterCount = scalars.prefix(while: isUppercaseLetter).count
        return letterCount > 0 && scalars[letterCount...].allSatisfy(isDigit)
    }

    private static func isUppercaseLetter(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// Decodes the code from its text, refusing a malformed one; codes are stored and exchanged as text.
    public init(from decoder: Decoder) throws {
        try self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the code as its text.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
