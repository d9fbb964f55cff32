/// Tells apart towns (ARC-02) and colleagues (ARC-06) whose initials would give the same code.
///
/// The rule, deterministic so the same name and the same taken codes always give the same code:
/// 1. the plain initials, if no one holds them (王明 → WM);
/// 2. else the initials with one syllable spelled longer: first each syllable in turn, from the first, spelled
///    with its first two letters, then each with its first three letters, and so on, skipping a syllable too
///    short for that length and any spelling already tried (厚街 hou jie with HJ taken → HOJ, then HJI; 洪梅
///    with HM taken → HOM; 周敏 with ZM taken → ZHM);
/// 3. as a last resort the initials with a number, from 2 up (WM2, WM3, …).
///
/// When the initials come from a manual override, the syllables are not the reading the user meant, so step 2
/// is skipped and the number is added to the override.
///
/// `taken` must hold every code ever issued, inactive workers' and retired towns' included: a code once issued
/// is never issued again.
public enum InitialsDisambiguator {
    /// The first code in the order above that is not in `taken` (compared ignoring case).
    public static func distinctCode(for reading: NameReading, taken: Set<String>) -> String {
        let takenCodes = Set(taken.map { $0.uppercased() })
        let base = reading.initials
        if !takenCodes.contains(base) { return base }
        if !reading.isOverridden {
            for candidate in lengthenedCodes(reading.syllables) where !takenCodes.contains(candidate) {
                return candidate
            }
        }
        var number = 2
        while takenCodes.contains(base + String(number)) { number += 1 }
        return base + String(number)
    }

    /// Step 2's candidates, in order, without repeats and without the plain initials.
    private static func lengthenedCodes(_ syllables: [String]) -> [String] {
        let initials = syllables.map { String($0.prefix(1)).uppercased() }
        let longest = syllables.map(\.count).max() ?? 0
        var seen: Set<String> = [initials.joined()]
        var candidates: [String] = []
        for length in stride(from: 2, through: longest, by: 1) {
            for index in syllables.indices where syllables[index].count >= length {
                var parts = initials
                parts[index] = String(syllables[index].prefix(length)).uppercased()
                let candidate = parts.joined()
                if seen.insert(candidate).inserted { candidates.append(candidate) }
            }
        }
        return candidates
    }
}
