/// How place names in Dongguan and Guangdong are read where that differs from the commonest reading of their
/// characters (ARC-02).
///
/// Linguistic facts, not policy. Readings are toneless lowercase pinyin, one syllable per character, and only
/// real corrections of what ICU gives are listed. The Dongguan characters ICU already reads right (莞 guǎn,
/// 滘 jiào, 埗 bù, 沥 lì, 碣 jié, 寮 liáo, 樟 zhāng) are pinned by the tests of all 33 towns instead.
enum PlaceNameReadings {
    /// Whole place names, matched before single characters (longest first) because their reading depends on
    /// the word: 埔 is pǔ in 黄埔 but bù in 大埔, which ICU already reads right.
    static let words: [String: [String]] = [
        "番禺": ["pan", "yu"],    // ICU fān yú
        "黄埔": ["huang", "pu"],  // ICU huáng bù
        "勒流": ["le", "liu"],    // ICU lēi liú
    ]

    /// Characters whose reading in place names differs from ICU's wherever they occur in one.
    static let characters: [Character: String] = [
        "涌": "chong", // ICU yǒng; 麻涌, 东涌: a river branch in Cantonese place names
        "厦": "xia",   // ICU shà; 塘厦, 厦门
        "长": "chang", // ICU zhǎng; 长安, 长沙
        "仔": "zai",   // ICU zǐ; 湾仔, 氹仔
    ]
}
