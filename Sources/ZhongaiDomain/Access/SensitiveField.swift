/// A kind of sensitive personal information (PIPL 第二十八条; issue 3): marked as such in the schema
/// (`sensitiveColumn`), shown masked in lists and search results, in full only on the record itself (a read that
/// is audited).
public enum SensitiveField: String, CaseIterable, Codable, Sendable {
    case name
    case phone
    case idNumber
    case address
    /// Case narratives and notes.
    case narrative
    case diagnosis

    /// The value as lists show it.
    public func mask(_ value: String) -> String {
        switch self {
        case .name: SensitiveField.maskName(value)
        case .phone: SensitiveField.maskPhone(value)
        case .idNumber: SensitiveField.maskIDNumber(value)
        case .address: SensitiveField.maskAddress(value)
        case .narrative, .diagnosis: value.isEmpty ? "" : SensitiveField.hidden
        }
    }

    /// What replaces a value of which nothing may be shown; the same whatever the length.
    public static let hidden = "****"

    /// 王明 → 王*, 王小明 → 王*明, 欧阳小明 → 欧**明: the first character, and the last from 3 characters on.
    public static func maskName(_ value: String) -> String {
        let chars = Array(value.trimmingCharacters(in: .whitespaces))
        switch chars.count {
        case 0: return ""
        case 1: return "*"
        case 2: return String(chars[0]) + "*"
        default: return String(chars[0]) + String(repeating: "*", count: chars.count - 2) + String(chars[chars.count - 1])
        }
    }

    /// 13812341234 → 138****1234: the first 3 and the last 4 digits; a number too short for that is all stars.
    public static func maskPhone(_ value: String) -> String {
        let digits = Array(value.filter { $0.isASCII && $0.isNumber })
        guard digits.count >= 8 else { return String(repeating: "*", count: max(digits.count, value.isEmpty ? 0 : 4)) }
        return String(digits.prefix(3)) + String(repeating: "*", count: digits.count - 7) + String(digits.suffix(4))
    }

    /// 440101199001011234 → 4401**********1234: the first 4 and the last 4 characters.
    public static func maskIDNumber(_ value: String) -> String {
        let chars = Array(value.trimmingCharacters(in: .whitespaces).uppercased())
        guard chars.count > 8 else { return chars.isEmpty ? "" : hidden }
        return String(chars.prefix(4)) + String(repeating: "*", count: chars.count - 8) + String(chars.suffix(4))
    }

    /// 广东省东莞市茶山镇南社村南社路12号 → 茶山镇****: the district-level unit only (区, 县, 镇, 街道, 乡), without the
    /// province or city before it and with nothing after it. An address without one is hidden entirely.
    public static func maskAddress(_ value: String) -> String {
        let text = value.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return "" }
        var earliest: Range<String.Index>?
        for suffix in ["街道", "镇", "区", "县", "乡"] {
            if let range = text.range(of: suffix), earliest.map({ range.lowerBound < $0.lowerBound }) ?? true {
                earliest = range
            }
        }
        guard let unit = earliest else { return hidden }
        var start = text.startIndex
        for marker in ["省", "市", "州"] {
            if let range = text.range(of: marker, options: .backwards, range: text.startIndex..<unit.lowerBound),
               range.upperBound > start {
                start = range.upperBound
            }
        }
        guard start < unit.lowerBound else { return hidden }
        return String(text[start..<unit.upperBound]) + hidden
    }
}
