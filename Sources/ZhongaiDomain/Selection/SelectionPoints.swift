/// A score or a number of points, held in hundredths so that 59.5, 0.5-point items, 30 % of a score and ties
/// compare exactly (SEL-02, SEL-03).
public struct SelectionPoints: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    public init(_ whole: Int) {
        hundredths = whole * 100
    }

    public static let zero = SelectionPoints(hundredths: 0)

    /// Parses "59.5", "60", "17.85" (at most two decimals).
    public init(parsing text: String, field: String) throws {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), !parts[0].hasPrefix("-"),
              parts[0].allSatisfy(\.isNumber) else {
            throw ValidationError(field: field, N_("“%@” is not a score"), text)
        }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isNumber), let value = Int(digits) else {
                throw ValidationError(field: field, N_("“%@” has more than two decimals"), text)
            }
            fraction = digits.count == 1 ? value * 10 : value
        }
        hundredths = whole * 100 + fraction
    }

    /// `percent` % of these points, rounded half up to the hundredth.
    public func percent(_ percent: Int) -> SelectionPoints {
        SelectionPoints(hundredths: (hundredths * percent + 50) / 100)
    }

    /// The mean of `scores`, rounded half up to the hundredth; zero for none.
    public static func mean(_ scores: [SelectionPoints]) -> SelectionPoints {
        guard !scores.isEmpty else { return .zero }
        let sum = scores.reduce(0) { $0 + $1.hundredths }
        return SelectionPoints(hundredths: (sum * 2 + scores.count) / (scores.count * 2))
    }

    public static func + (a: SelectionPoints, b: SelectionPoints) -> SelectionPoints {
        SelectionPoints(hundredths: a.hundredths + b.hundredths)
    }

    public static func - (a: SelectionPoints, b: SelectionPoints) -> SelectionPoints {
        SelectionPoints(hundredths: a.hundredths - b.hundredths)
    }

    public static func < (a: SelectionPoints, b: SelectionPoints) -> Bool { a.hundredths < b.hundredths }

    /// The value for a spreadsheet cell.
    public var doubleValue: Double { Double(hundredths) / 100 }

    /// "60", "59.5", "17.85".
    public var description: String {
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return "\(whole)" }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
