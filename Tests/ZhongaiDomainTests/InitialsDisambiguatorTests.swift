import XCTest
@testable import ZhongaiDomain

final class InitialsDisambiguatorTests: XCTestCase {
    private let reader = PinyinReader()

    func testARC02_allDongguanTownsGetDistinctCodes() throws {
        var taken: Set<String> = []
        var codes: [String: String] = [:]
        for town in PinyinReaderTests.dongguanTowns {
            let code = InitialsDisambiguator.distinctCode(for: try reader.readPlace(town.name), taken: taken)
            taken.insert(code)
            codes[town.name] = code
        }
        XCTAssertEqual(taken.count, 33)
        XCTAssertEqual(codes["黄江"], "HJ")
        XCTAssertEqual(codes["厚街"], "HOJ")
        XCTAssertEqual(codes["虎门"], "HM")
        XCTAssertEqual(codes["洪梅"], "HOM")
        XCTAssertEqual(codes["长安"], "CA")
        XCTAssertEqual(codes["麻涌"], "MC")
        XCTAssertEqual(codes["塘厦"], "TX")
        XCTAssertEqual(codes["大朗"], "DL")
        XCTAssertEqual(codes["大岭山"], "DLS")
    }

    func testARC02_freeInitialsAreKept() throws {
        XCTAssertEqual(InitialsDisambiguator.distinctCode(for: try reader.readPlace("茶山"), taken: ["GC"]), "CS")
    }

    func testARC06_colleaguesWithTheSameInitialsToldApart() throws {
        let zhouMin = try reader.readPerson("周敏")
        XCTAssertEqual(InitialsDisambiguator.distinctCode(for: zhouMin, taken: ["ZM"]), "ZHM")
        // Then the second syllable, then three letters of each.
        XCTAssertEqual(InitialsDisambiguator.distinctCode(for: zhouMin, taken: ["ZM", "ZHM"]), "ZMI")
        XCTAssertEqual(InitialsDisambiguator.distinctCode(for: zhouMin, taken: ["ZM", "ZHM", "ZMI"]), "ZHOM")
        XCTAssertEqual(InitialsDisambiguator.distinctCode(for: zhouMin, taken: ["ZM", "ZHM", "ZMI", "ZHOM"]),
                       "ZMIN")
    }

    func testARC06_numberAsLastResort() throws {
        let wangMing = try reader.readPerson("王明")
        let allLonger: Set<String> = ["WM", "WAM", "WMI", "WANM", "WMIN", "WANGM", "WMING"]
        XCTAssertEqual(InitialsDisambiguator.distinctCode(for: wangMing, taken: allLonger), "WM2")
        XCTAssertEqual(InitialsDisambiguator.distinctCode(for: wangMing, taken: allLonger.union(["WM2"])), "WM3")
    }

    func testARC06_inactiveWorkersCodesAreNeverReissued() throws {
        // The caller passes every code ever issued; case is ignored.
        XCTAssertEqual(InitialsDisambiguator.distinctCode(for: try reader.readPerson("王明"), taken: ["wm"]), "WAM")
    }

    func testARC06_deterministic() throws {
        let taken: Set<String> = ["ZXH", "ZEXH", "ZXIH"]
        let first = InitialsDisambiguator.distinctCode(for: try reader.readPerson("曾小华"), taken: taken)
        for _ in 0..<5 {
            XCTAssertEqual(InitialsDisambiguator.distinctCode(for: try reader.readPerson("曾小华"), taken: taken), first)
        }
        XCTAssertEqual(first, "ZXHU")
    }

    func testARC06_overriddenInitialsOnlyGetANumber() throws {
        let corrected = try PinyinReader(overrides: ["长安": "CA"])
        XCTAssertEqual(InitialsDisambiguator.distinctCode(for: try corrected.readPlace("长安"), taken: ["CA"]), "CA2")
    }
}
