/// An amount of money in fen (分), never a floating-point number: budgets and finance reports add up exactly.
public struct MoneyAmount: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var fen: Int

    public init(fen: Int) {
        self.fen = fen
    }

    /// "120", "120.5", "120.50" or "¥1,200.00" yuan; at most two decimals, not negative. Otherwise a
    /// `ValidationError` naming `field`.
    public init(yuan text: String, field: String = N_("Amount")) throws {
        let cleaned = text.filter { !$0.isWhitespace && $0 != "," && $0 != "¥" && $0 != "￥" && $0 != "元" }
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard !cleaned.isEmpty, parts.count <= 2, let yuanPart = parts.first, !yuanPart.isEmpty,
              yuanPart.allSatisfy({ $0.isASCII && $0.isNumber }), yuanPart.count <= 9 else {
            throw ValidationError(field: field, N_("“%@” is not an amount in yuan with at most two decimals"), text)
        }
        var fen = Int(yuanPart)! * 100
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw ValidationError(field: field, N_("“%@” is not an amount in yuan with at most two decimals"), text)
            }
            fen += Int(decimals)! * (decimals.count == 1 ? 10 : 1)
        }
        self.fen = fen
    }

    public static let zero = MoneyAmount(fen: 0)

    /// "1200.50": yuan with two decimals.
    public var description: String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = abs(fen)
        let cents = magnitude % 100
        return sign + String(magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    public static func < (a: MoneyAmount, b: MoneyAmount) -> Bool { a.fen < b.fen }
    public static func + (a: MoneyAmount, b: MoneyAmount) -> MoneyAmount { MoneyAmount(fen: a.fen + b.fen) }
    public static func - (a: MoneyAmount, b: MoneyAmount) -> MoneyAmount { MoneyAmount(fen: a.fen - b.fen) }
}
