import Foundation

/// How other people's names and phones are shown at the sign-in station, where the next person in the queue sees
/// the screen (CONF-02): 王*明, 王*, 欧**娜, ****1234.
public enum PersonMask {
    /// The first and last characters kept, those between starred; a two-character name keeps its first character
    /// only (王明 → 王*); a single character is starred.
    public static func name(_ name: String) -> String {
        let characters = Array(name.trimmingCharacters(in: .whitespacesAndNewlines))
        switch characters.count {
        case 0: return ""
        case 1: return "*"
        case 2: return String(characters[0]) + "*"
        default:
            return String(characters[0]) + String(repeating: "*", count: characters.count - 2)
                + String(characters[characters.count - 1])
        }
    }

    /// Four stars and the last four digits (****1234); a number of four digits or fewer is all starred.
    public static func phone(_ phone: String) -> String {
        let digits = phone.filter(\.isNumber)
        guard digits.count > 4 else { return String(repeating: "*", count: digits.count) }
        return "****" + String(digits.suffix(4))
    }
}
