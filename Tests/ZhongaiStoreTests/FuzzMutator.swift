import Foundation

/// The seeded mutation engine of the fuzz tests (issue 9): SplitMix64, so that a failing iteration is replayed by
/// its seed and number. Mutates text by characters that matter to the parsers, and files by bytes.
struct FuzzMutator {
    var state: UInt64

    /// Characters that matter to the line-based parsers: separators, digits, signs, dates, CJK, controls, an emoji.
    static let lineAlphabet = Array("|#-:0123456789 \t\n\r.,+eE年月日休班" + "\u{0}\u{FEFF}\u{202E}🙂").map(String.init)
        + ["\r\n"]
    /// … and to JSON: brackets, quotes, escapes, literals, exponents.
    static let jsonAlphabet = lineAlphabet + Array("{}[]\":,\\truefalsnl").map(String.init)
        + ["\\u0000", "1e309", "-0", "null", "99999999999999999999", "\"\""]

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

    /// One to five edits: a character removed, inserted or replaced, the text cut short, a line duplicated, a run
    /// removed, a digit changed.
    mutating func mutate(_ text: String, alphabet: [String] = FuzzMutator.lineAlphabet) -> String {
        var characters = Array(text)
        for _ in 0...below(4) {
            let at = below(characters.count + 1)
            let piece = Array(alphabet[below(alphabet.count)])
            switch below(7) {
            case 0: if at < characters.count { characters.remove(at: at) }
            case 1: characters.insert(contentsOf: piece, at: at)
            case 2: if at < characters.count { characters.replaceSubrange(at...at, with: piece) }
            case 3: characters = Array(characters.prefix(at))
            case 4:
                let lines = String(characters).split(separator: "\n", omittingEmptySubsequences: false)
                let line = lines.isEmpty ? "" : lines[below(lines.count)]
                characters.insert(contentsOf: Array(line) + ["\n"], at: at)
            case 5:
                let end = min(characters.count, at + below(40))
                if at < end { characters.removeSubrange(at..<end) }
            default:
                let digits = characters.indices.filter { characters[$0].isNumber }
                if !digits.isEmpty { characters[digits[below(digits.count)]] = Character(String(below(10))) }
            }
        }
        return String(characters)
    }

    /// One to four edits of bytes outside `keep`: a bit flipped, a byte set, the file cut short or lengthened, a
    /// run duplicated or removed.
    mutating func mutate(_ bytes: [UInt8], keep: Range<Int> = 0..<0) -> [UInt8] {
        var bytes = bytes
        for _ in 0...below(3) {
            var at = below(bytes.count + 1)
            if keep.contains(at) { at = keep.upperBound }
            switch below(6) {
            case 0: if at < bytes.count { bytes[at] ^= UInt8(1) << UInt8(below(8)) }
            case 1: if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: next()) }
            case 2: bytes = Array(bytes.prefix(max(at, keep.upperBound)))
            case 3: bytes.append(contentsOf: (0...below(64)).map { _ in UInt8(truncatingIfNeeded: next()) })
            case 4:
                let end = min(bytes.count, at + below(64))
                if at < end { bytes.insert(contentsOf: bytes[at..<end], at: at) }
            default:
                let end = min(bytes.count, at + below(64))
                if at < end { bytes.removeSubrange(at..<end) }
            }
        }
        return bytes
    }
}
