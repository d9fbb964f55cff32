import Foundation
import XCTest
@testable import ZhongaiSpreadsheet
import ZhongaiDomain

/// The indicator sheet as .xlsx (IND-01..04): numbers stay numbers, a missing target stays words.
final class IndicatorWorkbookTests: XCTestCase {
    private func sheet() -> IndicatorSheet {
        IndicatorSheet(
            subject: .worker(code: "WM", name: "王明"), year: 2026, postTypeCode: "specialised",
            postTypeName: "特定群体类深度专业服务", posts: 1, conversionsAllowed: true,
            lines: [IndicatorLine(indicator: .professionalCase, target: 18, raw: 15, converted: 18,
                                  monthly: [1, 2, 0, 0, 3, 0, 0, 4, 0, 0, 5, 0]),
                    IndicatorLine(indicator: .visit, target: 50, raw: 45, converted: 45,
                                  monthly: [45] + Array(repeating: 0, count: 11)),
                    IndicatorLine(indicator: .filing, target: nil, raw: 3, converted: 3,
                                  monthly: Array(repeating: 0, count: 11) + [3])],
            agreedConversions: [IndicatorConversion(from: .consultation, fromUnits: 6, to: .professionalCase,
                                                    toUnits: 3, clause: "A")],
            proposedConversions: [],
            satisfaction: [ItemSatisfaction(item: .overall, responses: 4, satisfied: 3, thresholdPercent: 80)],
            allowedClauses: ["A"])
    }

    func testIND01_IND04_theIndicatorSheetHoldsTargetsCountsAndPercentages() throws {
        let workbook = IndicatorWorkbook(sheet: sheet(), translate: { $0 }).workbook
        XCTAssertEqual(workbook.sheets.map(\.name), ["Indicators", "By month", "Satisfaction"])
        let indicators = workbook.sheets[0]
        XCTAssertEqual(indicators.title, "Annual Service Indicators：王明（WM） 2026")
        XCTAssertEqual(indicators.columns.map(\.title), IndicatorSheetDocument.lineColumns)
        XCTAssertEqual(indicators.rows[0], [.text("专业个案"), .number(18), .number(15), .number(83), .number(18),
                                            .number(100), .text("Target met")])
        XCTAssertEqual(indicators.rows[1][6], .text("Short by 5"))
        XCTAssertEqual(indicators.rows[2], [.text("建档"), .text("Set by the post's reality"), .number(3), .text("—"),
                                            .number(3), .text("—"), .text("No target")])
        XCTAssertTrue(indicators.notes.contains("Agreed conversions：6 咨询、即时辅导 counted as 3 专业个案 (rate A)"),
                      "\(indicators.notes)")
    }

    func testIND01_IND02_monthsAddUpAndSatisfactionIsJudgedAgainstTheThreshold() throws {
        let workbook = IndicatorWorkbook(sheet: sheet(), translate: { $0 }).workbook
        let months = workbook.sheets[1]
        XCTAssertEqual(months.columns.count, 14)
        XCTAssertEqual(months.rows[0].count, 14)
        XCTAssertEqual(months.rows[0][1], .number(1))
        XCTAssertEqual(months.rows[0][13], .number(15))
        XCTAssertEqual(workbook.sheets[2].rows[0], [.text("Overall"), .number(4), .number(3), .number(75),
                                                    .text("Below 80 percent")])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("indicators-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try workbook.write(to: file.path)
        XCTAssertGreaterThan(try Data(contentsOf: file).count, 1000)
    }
}
