import Foundation

/// Reads town and person names in pinyin for archive codes (ARC-02, ARC-06).
///
/// ICU's Mandarin transliteration gives each character its commonest reading, which is wrong for many place
/// names (长安 is cháng'ān, 麻涌 is má chōng) and family names (曾 is zēng, 单 is shàn). The reader corrects it,
/// in this order of precedence:
/// 1. a manual override of the whole name's initials, given at init, wins over everything;
/// 2. place names: known whole place names, then known place characters (`PlaceNameReadings`);
///    person names: a compound family name at the start (欧阳, 尉迟), else the first character read as a single
///    family name (`SurnameReadings`); the given name keeps ICU's reading. Names containing a middle dot
///    (阿依古丽·买买提, 查尔斯·狄更斯) are transliterations, not family-name-first, so no family-name reading applies;
/// 3. ICU.
///
/// Words are separated by spaces and middle dots. A Latin word (John, Mǎ) counts as one syllable, so a name with
/// no Chinese characters gives the initials of its words ("John Smith" → JS). Anything else, such as digits or
/// punctuation, is refused.
public struct PinyinReader: Sendable {
    private let overrides: [String: String]

    /// A reader without manual overrides.
    public init() {
        overrides = [:]
    }

    /// A reader with manual overrides: whole name (trimmed) → initials, uppercase letters optionally followed by
    /// digits. Refuses an override that is not of that form.
    public init(overrides: [String: String]) throws {
        var checked: [String: String] = [:]
        for (name, initials) in overrides {
            let code = initials.trimmingCharacters(in: .whitespaces).uppercased()
            guard ArchiveCode.isValidNameCode(code) else {
                throw ValidationError(field: N_("Initials"),
                                      N_("“%@” for “%@” must be uppercase letters, optionally followed by digits"),
                                      initials, name)
            }
            checked[name.trimmingCharacters(in: .whitespacesAndNewlines)] = code
        }
        self.overrides = checked
    }

    /// Reads a town or subdistrict name with place-name readings. Rule ARC-02.
    public func readPlace(_ name: String, field: String = N_("Name")) throws -> NameReading {
        try read(name, field: field, rule: "ARC-02", asPerson: false)
    }

    /// Reads a person's name, the family name with its surname reading. Rule ARC-06.
    public func readPerson(_ name: String, field: String = N_("Full name")) throws -> NameReading {
        try read(name, field: field, rule: "ARC-06", asPerson: true)
    }

    /// Uppercase initials of a town or subdistrict name: 茶山 → CS, 长安 → CA.
    public func placeInitials(_ name: String, field: String = N_("Name")) throws -> String {
        try readPlace(name, field: field).initials
    }

    /// Uppercase initials of a person's name: 王明 → WM, 曾小华 → ZXH, 欧阳娜娜 → OYNN.
    public func personInitials(_ name: String, field: String = N_("Full name")) throws -> String {
        try readPerson(name, field: field).initials
    }

    /// Toneless lowercase syllables of a town or subdistrict name: 麻涌 → ["ma", "chong"].
    public func placeSyllables(_ name: String, field: String = N_("Name")) throws -> [String] {
        try readPlace(name, field: field).syllables
    }

    /// Toneless lowercase syllables of a person's name: 单明 → ["shan", "ming"].
    public func personSyllables(_ name: String, field: String = N_("Full name")) throws -> [String] {
        try readPerson(name, field: field).syllables
    }

    // MARK: - Reading

    /// Middle dots that separate the parts of a minority or foreign name, as the usual input methods type them.
    private static let middleDots: Set<Character> = ["·", "‧", "・", "･", "•"]

    private func read(_ name: String, field: String, rule: String, asPerson: Bool) throws -> NameReading {
        let text = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            throw ValidationError(field: field, N_("must not be empty"), rule: rule)
        }
        var syllables: [String] = []
        var hanRun = ""
        var latinWord = ""
        let readsFamilyName = asPerson && !text.contains(where: Self.middleDots.contains)
        let letterCount = text.filter { !$0.isWhitespace && !Self.middleDots.contains($0) }.count

        func flushHan() throws {
            guard !hanRun.isEmpty else { return }
            var run = try Self.icuSyllables(of: hanRun, field: field, rule: rule)
            if !asPerson {
                Self.applyPlaceReadings(Array(hanRun), to: &run)
            } else if readsFamilyName && syllables.isEmpty {
                // Only characters at the very start of a name are its family name.
                Self.applyFamilyName(Array(hanRun), to: &run, nameHasMore: letterCount > 2)
            }
            syllables += run
            hanRun = ""
        }
        func flushLatin() {
            guard !latinWord.isEmpty else { return }
            syllables.append(latinWord)
            latinWord = ""
        }

        for character in text {
            if character.isWhitespace || Self.middleDots.contains(character) {
                try flushHan()
                flushLatin()
            } else if Self.isHan(character) {
                flushLatin()
                hanRun.append(character)
            } else if let letters = Self.latinLetters(character) {
                try flushHan()
                latinWord += letters
            } else {
                throw ValidationError(field: field, N_("“%@” is neither a Chinese character nor a Latin letter"),
                                      String(character), rule: rule)
            }
        }
        try flushHan()
        flushLatin()
        guard !syllables.isEmpty else {
            throw ValidationError(field: field, N_("must not be empty"), rule: rule)
        }
        return NameReading(text: text, syllables: syllables, override: overrides[text])
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first?.properties.isIdeographic ?? false
    }

    /// The lowercase ASCII letters a Latin letter stands for (é → e, full-width Ａ → a), or nil if it is none.
    private static func latinLetters(_ character: Character) -> String? {
        let folded = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        guard !folded.isEmpty, folded.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return folded
    }

    /// ICU's reading of a run of Chinese characters, one toneless syllable per character. The run is read as a
    /// whole so ICU's own context rules apply (重庆 chóng qìng); if the syllables do not line up with the
    /// characters it is read character by character.
    private static func icuSyllables(of run: String, field: String, rule: String) throws -> [String] {
        let characters = Array(run)
        if let whole = transliterate(run), whole.count == characters.count,
           whole.allSatisfy(isPinyinSyllable) {
            return whole
        }
        return try characters.map { character in
            guard let reading = transliterate(String(character)), reading.count == 1,
                  isPinyinSyllable(reading[0]) else {
                throw ValidationError(field: field, N_("no pinyin reading is known for “%@”"),
                                      String(character), rule: rule)
            }
            return reading[0]
        }
    }

    private static func transliterate(_ text: String) -> [String]? {
        guard let latin = text.applyingTransform(.mandarinToLatin, reverse: false),
              let toneless = latin.applyingTransform(.stripDiacritics, reverse: false) else { return nil }
        return toneless.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private static func isPinyinSyllable(_ syllable: String) -> Bool {
        !syllable.isEmpty && syllable.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }

    /// Compound family names first, then the single-character table. A compound family name is only taken as
    /// such when a given name follows it.
    private static func applyFamilyName(_ characters: [Character], to syllables: inout [String], nameHasMore: Bool) {
        if characters.count >= 2, nameHasMore,
           let compound = SurnameReadings.compound[String(characters[0...1])] {
            syllables.replaceSubrange(0..<2, with: compound)
        } else if let single = SurnameReadings.single[characters[0]] {
            syllables[0] = single
        }
    }

    /// Whole place names (longest match first), then single place characters.
    private static func applyPlaceReadings(_ characters: [Character], to syllables: inout [String]) {
        let longestWord = PlaceNameReadings.words.keys.map(\.count).max() ?? 0
        var index = 0
        while index < characters.count {
            var matched = false
            for length in stride(from: min(longestWord, characters.count - index), through: 2, by: -1) {
                if let reading = PlaceNameReadings.words[String(characters[index..<index + length])] {
                    syllables.replaceSubrange(index..<index + length, with: reading)
                    index += length
                    matched = true
                    break
                }
            }
            if !matched {
                if let reading = PlaceNameReadings.characters[characters[index]] {
                    syllables[index] = reading
                }
                index += 1
            }
        }
    }
}
