import XCTest
@testable import ZhongaiDomain

final class DocumentFileNameTests: XCTestCase {
    private let march = try! CalendarDate(year: 2026, month: 3, day: 15)

    func testARC10_nameMonthAndNature() throws {
        XCTAssertEqual(try DocumentFileName(name: "王明", month: march, nature: "个案接案表").text,
                       "王明-2026年03月-个案接案表.pdf")
        let december = try CalendarDate(year: 2025, month: 12, day: 1)
        XCTAssertEqual(try DocumentFileName(name: "欧阳小明", month: december, nature: "个案服务计划书",
                                            fileExtension: "").text, "欧阳小明-2025年12月-个案服务计划书")
    }

    func testARC10_charactersAFileNameCannotHoldAreStripped() throws {
        let name = try DocumentFileName(name: " 王/明\t", month: march, nature: "个案:记录表?*<>|\"\\\n第二次")
        XCTAssertEqual(name.text, "王明-2026年03月-个案记录表 第二次.pdf")
        XCTAssertEqual(try DocumentFileName(name: "..王明", month: march, nature: "结案报告").text,
                       "王明-2026年03月-结案报告.pdf")
    }

    func testARC10_aPartLeftEmptyIsRefused() {
        XCTAssertThrowsError(try DocumentFileName(name: "/?*", month: march, nature: "个案接案表")) { error in
            XCTAssertEqual((error as? ValidationError)?.rule, "ARC-10")
            XCTAssertEqual((error as? ValidationError)?.field, "Name")
        }
        XCTAssertThrowsError(try DocumentFileName(name: "王明", month: march, nature: "  ")) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Document")
        }
    }

    func testARC10_anOverLongNatureIsShortenedToFit255Bytes() throws {
        let name = try DocumentFileName(name: "王明", month: march, nature: String(repeating: "很长的文件性质", count: 30))
        XCTAssertLessThanOrEqual(name.text.utf8.count, 255)
        XCTAssertTrue(name.text.hasPrefix("王明-2026年03月-很长的文件性质"))
        XCTAssertTrue(name.text.hasSuffix(".pdf"))
    }
}
