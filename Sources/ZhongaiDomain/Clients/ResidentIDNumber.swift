/// 居民身份证号码: an 18-character mainland resident ID number (GB 11643-1999): a 6-digit area code, the birth
/// date as YYYYMMDD, a 3-digit sequence and an ISO 7064 MOD 11-2 check character (a digit or X).
public struct ResidentIDNumber: Hashable, Sendable, CustomStringConvertible {
    /// The number in its one written form: 18 characters, a final x written X.
    public let text: String
    /// The holder's birth date, positions 7–14.
    public let birthDate: CalendarDate

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432")

    /// Refuses anything but 17 digits and a check character, a birth date that does not exist, and a check
    /// character that does not match the 17 digits (a mistyped digit is caught this way).
    public init(_ input: String, field: String = N_("ID number")) throws {
        let chars = Array(input.filter { !$0.isWhitespace }.uppercased())
        guard chars.count == 18, chars.prefix(17).allSatisfy(\.isASCIIDigit),
              chars[17].isASCIIDigit || chars[17] == "X" else {
            throw ValidationError(field: field, N_("“%@” is not an 18-character resident ID number"), input)
        }
        let digits = chars.prefix(17).map { Int(String($0))! }
        let expected = Self.checkCharacters[zip(digits, Self.weights).map(*).reduce(0, +) % 11]
        guard chars[17] == expected else {
            throw ValidationError(field: field, N_("“%@” has a wrong check digit: check the number against the card"),
                                  input)
        }
        let born = String(chars[6..<14])
        let date = try CalendarDate(parsing: "\(born.prefix(4))-\(born.dropFirst(4).prefix(2))-\(born.suffix(2))",
                                    field: field)
        guard date.year >= 1900 else {
            throw ValidationError(field: field, N_("“%@” has a birth year before 1900"), input)
        }
        text = String(chars)
        birthDate = date
    }

    public var description: String { text }
}

extension Character {
    /// 0–9 only (not the other scripts' digits that `isNumber` accepts).
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
