/// A place or person name read in pinyin: the syllables behind an archive code's initials (ARC-02, ARC-06).
public struct NameReading: Hashable, Sendable {
    /// The name as given, trimmed.
    public let text: String
    /// Toneless lowercase syllables, one per Chinese character and one per Latin word, in order.
    public let syllables: [String]
    /// Uppercase initials: the first letter of each syllable, or the manual override for this name.
    public let initials: String
    /// Whether `initials` comes from a manual override rather than from `syllables`.
    public let isOverridden: Bool

    init(text: String, syllables: [String], override: String?) {
        self.text = text
        self.syllables = syllables
        if let override {
            initials = override
            isOverridden = true
        } else {
            initials = syllables.compactMap(\.first).map { $0.uppercased() }.joined()
            isOverridden = false
        }
    }
}
