import XCTest
@testable import ZhongaiDomain

final class PinyinReaderTests: XCTestCase {
    private let reader = PinyinReader()

    /// All 33 towns and subdistricts of Dongguan with their place-name readings, in the official order.
    static let dongguanTowns: [(name: String, syllables: String)] = [
        ("莞城", "guan cheng"), ("东城", "dong cheng"), ("南城", "nan cheng"), ("万江", "wan jiang"),
        ("石碣", "shi jie"), ("石龙", "shi long"), ("茶山", "cha shan"), ("石排", "shi pai"), ("企石", "qi shi"),
        ("横沥", "heng li"), ("桥头", "qiao tou"), ("谢岗", "xie gang"), ("东坑", "dong keng"),
        ("常平", "chang ping"), ("寮步", "liao bu"), ("樟木头", "zhang mu tou"), ("大朗", "da lang"),
        ("黄江", "huang jiang"), ("清溪", "qing xi"), ("塘厦", "tang xia"), ("凤岗", "feng gang"),
        ("大岭山", "da ling shan"), ("长安", "chang an"), ("虎门", "hu men"), ("厚街", "hou jie"),
        ("沙田", "sha tian"), ("道滘", "dao jiao"), ("洪梅", "hong mei"), ("麻涌", "ma chong"),
        ("望牛墩", "wang niu dun"), ("中堂", "zhong tang"), ("高埗", "gao bu"), ("松山湖", "song shan hu"),
    ]

    func testARC02_allDongguanTownsReadWithPlaceNameReadings() throws {
        XCTAssertEqual(Self.dongguanTowns.count, 33)
        for town in Self.dongguanTowns {
            XCTAssertEqual(try reader.placeSyllables(town.name).joined(separator: " "), town.syllables, town.name)
        }
    }

    func testARC02_placeInitialsUsePlaceReadings() throws {
        let expected = ["茶山": "CS", "莞城": "GC", "凤岗": "FG", "寮步": "LB", "长安": "CA", "麻涌": "MC",
                        "塘厦": "TX", "樟木头": "ZMT", "松山湖": "SSH"]
        for (name, initials) in expected {
            XCTAssertEqual(try reader.placeInitials(name), initials, name)
        }
    }

    func testARC02_guangdongPlaceWordsReadAsWholes() throws {
        XCTAssertEqual(try reader.placeSyllables("番禺"), ["pan", "yu"])
        XCTAssertEqual(try reader.placeSyllables("黄埔"), ["huang", "pu"])
        XCTAssertEqual(try reader.placeSyllables("大埔"), ["da", "bu"])
        XCTAssertEqual(try reader.placeSyllables("厦门"), ["xia", "men"])
        XCTAssertEqual(try reader.placeSyllables("东涌"), ["dong", "chong"])
    }

    func testARC02_placeReadingsDoNotApplyToPeople() throws {
        XCTAssertEqual(try reader.personSyllables("李长安"), ["li", "zhang", "an"])
    }

    func testARC06_personInitials() throws {
        let expected = ["王明": "WM", "曾小华": "ZXH", "单明": "SM", "欧阳娜娜": "OYNN", "尉迟恭": "YCG",
                        "区志坚": "OZJ", "解晓东": "XXD", "仇英": "QY", "查良镛": "ZLY", "覃海": "QH",
                        "乐嘉": "YJ", "翟欣": "ZX", "朴树": "PS", "长孙无忌": "ZSWJ", "万俟卨": "MQX",
                        "单于云": "CYY", "盖聂": "GN", "缪斯": "MS", "秘书": "BS"]
        for (name, initials) in expected {
            XCTAssertEqual(try reader.personInitials(name), initials, name)
        }
    }

    func testARC06_familyNameReadingOnlyForTheFamilyName() throws {
        // 曾 and 长 in a given name keep ICU's reading.
        XCTAssertEqual(try reader.personSyllables("曾曾"), ["zeng", "ceng"])
        XCTAssertEqual(try reader.personSyllables("王长江"), ["wang", "zhang", "jiang"])
        XCTAssertEqual(try reader.personSyllables("长明"), ["chang", "ming"])
    }

    func testARC06_compoundFamilyNameNeedsAGivenName() throws {
        // Two characters are a single family name and a given name: 单 shàn, 于 yú.
        XCTAssertEqual(try reader.personSyllables("单于"), ["shan", "yu"])
        XCTAssertEqual(try reader.personSyllables("单于 云"), ["chan", "yu", "yun"])
    }

    func testARC06_surnameTableOnlyHoldsRealCorrections() throws {
        for (character, reading) in SurnameReadings.single {
            let icu = String(character).applyingTransform(.mandarinToLatin, reverse: false)?
                .applyingTransform(.stripDiacritics, reverse: false)
            XCTAssertNotEqual(icu, reading, "\(character) needs no correction")
        }
        for (character, reading) in PlaceNameReadings.characters {
            let icu = String(character).applyingTransform(.mandarinToLatin, reverse: false)?
                .applyingTransform(.stripDiacritics, reverse: false)
            XCTAssertNotEqual(icu, reading, "\(character) needs no correction")
        }
    }

    func testARC06_middleDotSeparatesWordsAndSkipsFamilyNameReadings() throws {
        XCTAssertEqual(try reader.personInitials("阿依古丽·买买提"), "AYGLMMT")
        // A transliterated foreign name does not start with a family name: 查 keeps chá.
        XCTAssertEqual(try reader.personSyllables("查尔斯·狄更斯").first, "cha")
    }

    func testARC06_latinNamesGiveTheInitialsOfTheirWords() throws {
        XCTAssertEqual(try reader.personInitials("John Smith"), "JS")
        XCTAssertEqual(try reader.personInitials("Ma Li"), "ML")
        XCTAssertEqual(try reader.personSyllables("Mǎ Lì"), ["ma", "li"])
        XCTAssertEqual(try reader.personInitials("王Amy"), "WA")
        XCTAssertEqual(try reader.personInitials("  王明  "), "WM")
    }

    func testARC06_emptyNameRefused() {
        for name in ["", "   ", "\u{3000}", "·"] {
            XCTAssertThrowsError(try reader.personInitials(name), name) { error in
                XCTAssertEqual((error as? ValidationError)?.field, "Full name")
            }
        }
    }

    func testARC06_digitsAndPunctuationRefusedNamingTheCharacter() {
        for (name, character) in [("王明2", "2"), ("王-明", "-"), ("王明!", "!"), ("Ma, Li", ",")] {
            XCTAssertThrowsError(try reader.personInitials(name), name) { error in
                let validation = error as? ValidationError
                XCTAssertEqual(validation?.field, "Full name")
                XCTAssertEqual(validation?.arguments, [character])
                XCTAssertEqual(validation?.rule, "ARC-06")
            }
        }
        XCTAssertThrowsError(try reader.placeInitials("茶山1"), "place") { error in
            XCTAssertEqual((error as? ValidationError)?.rule, "ARC-02")
        }
    }

    func testARC06_fieldNameIsTheCallers() {
        XCTAssertThrowsError(try reader.placeInitials("", field: "Town")) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Town")
        }
    }

    func testARC06_manualOverrideWinsOverEverything() throws {
        let corrected = try PinyinReader(overrides: ["长安": "zha", "曾小华": "CXH"])
        XCTAssertEqual(try corrected.placeInitials("长安"), "ZHA")
        XCTAssertEqual(try corrected.personInitials(" 曾小华 "), "CXH")
        XCTAssertEqual(try corrected.personInitials("曾小明"), "ZXM")
        XCTAssertTrue(try corrected.readPerson("曾小华").isOverridden)
        XCTAssertFalse(try corrected.readPerson("曾小明").isOverridden)
    }

    func testARC06_malformedOverrideRefused() {
        XCTAssertThrowsError(try PinyinReader(overrides: ["王明": "W M"])) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Initials")
        }
        XCTAssertThrowsError(try PinyinReader(overrides: ["王明": "2WM"]))
    }
}
