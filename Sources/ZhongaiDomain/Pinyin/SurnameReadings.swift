/// How Chinese family names are read where that differs from the commonest reading of their characters (ARC-06).
///
/// Linguistic facts, not policy. Readings are toneless lowercase pinyin, one syllable per character.
enum SurnameReadings {
    /// Two-character family names. Every common one is listed, even when ICU already reads it right, so that
    /// it is recognised as one family name and the single-character table below is not applied to its first
    /// character (长孙 is zhǎng sūn, though the family name 长 alone is cháng).
    static let compound: [String: [String]] = [
        "欧阳": ["ou", "yang"], "司马": ["si", "ma"], "诸葛": ["zhu", "ge"], "上官": ["shang", "guan"],
        "尉迟": ["yu", "chi"], "长孙": ["zhang", "sun"], "万俟": ["mo", "qi"], "单于": ["chan", "yu"],
        "夏侯": ["xia", "hou"], "东方": ["dong", "fang"], "皇甫": ["huang", "fu"], "令狐": ["ling", "hu"],
        "慕容": ["mu", "rong"], "司徒": ["si", "tu"], "公孙": ["gong", "sun"], "宇文": ["yu", "wen"],
        "澹台": ["tan", "tai"], "乐正": ["yue", "zheng"], "拓跋": ["tuo", "ba"], "公冶": ["gong", "ye"],
        "太史": ["tai", "shi"], "申屠": ["shen", "tu"], "轩辕": ["xuan", "yuan"], "闻人": ["wen", "ren"],
        "端木": ["duan", "mu"], "钟离": ["zhong", "li"], "呼延": ["hu", "yan"], "赫连": ["he", "lian"],
        "东郭": ["dong", "guo"], "南宫": ["nan", "gong"], "西门": ["xi", "men"], "鲜于": ["xian", "yu"],
        "闾丘": ["lu", "qiu"], "亓官": ["qi", "guan"], "仉督": ["zhang", "du"], "第五": ["di", "wu"],
        "谷梁": ["gu", "liang"], "百里": ["bai", "li"], "羊舌": ["yang", "she"], "淳于": ["chun", "yu"],
        "濮阳": ["pu", "yang"], "颛孙": ["zhuan", "sun"], "公羊": ["gong", "yang"], "司空": ["si", "kong"],
        "宗政": ["zong", "zheng"], "左丘": ["zuo", "qiu"], "梁丘": ["liang", "qiu"], "巫马": ["wu", "ma"],
        "司寇": ["si", "kou"], "仲孙": ["zhong", "sun"], "叔孙": ["shu", "sun"], "东门": ["dong", "men"],
    ]

    /// Single-character family names whose surname reading differs from what ICU gives. Only real corrections
    /// are listed: characters whose surname reading differs from ICU's only in tone (任 rén, 华 huà, 纪 jǐ,
    /// 过 guō, 那 nā, 柏 bǎi) are left out, and so are characters with two current surname readings (宓, 郗, 隗).
    static let single: [Character: String] = [
        "曾": "zeng",  // ICU céng
        "单": "shan",  // ICU dān
        "区": "ou",    // ICU qū
        "解": "xie",   // ICU jiě
        "仇": "qiu",   // ICU chóu
        "查": "zha",   // ICU chá
        "覃": "qin",   // ICU tán
        "乐": "yue",   // ICU lè
        "翟": "zhai",  // ICU dí
        "朴": "piao",  // ICU pǔ
        "盖": "ge",    // ICU gài
        "缪": "miao",  // ICU móu
        "秘": "bi",    // ICU mì
        "种": "chong", // ICU zhǒng
        "召": "shao",  // ICU zhào
        "繁": "po",    // ICU fán
        "员": "yun",   // ICU yuán
        "黑": "he",    // ICU hēi
        "句": "gou",   // ICU jù
        "祭": "zhai",  // ICU jì
        "重": "chong", // ICU zhòng
        "能": "nai",   // ICU néng
        "薄": "bo",    // ICU báo
        "卜": "bu",    // ICU bo
        "都": "du",    // ICU dōu
        "藏": "zang",  // ICU cáng
        "么": "yao",   // ICU me
        "莘": "xin",   // ICU shēn
        "折": "she",   // ICU zhé
        "郇": "xun",   // ICU huán
        "蔚": "yu",    // ICU wèi
        "洗": "xian",  // ICU xǐ; the Guangdong family name, a variant of 冼
        "长": "chang", // ICU zhǎng
        "便": "pian",  // ICU biàn
        "粘": "nian",  // ICU zhān
        "乜": "nie",   // ICU miē
        "角": "jue",   // ICU jiǎo
    ]
}
