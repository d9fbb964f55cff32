import Foundation
import XCTest
@testable import ZhongaiSpreadsheet
import ZhongaiDomain

/// The statistics of a monthly report as a workbook (CHK-01): cases, groups and activities, indicators.
final class MonthlyStatisticsWorkbookTests: XCTestCase {
    func testCHK01_theWorkbookHoldsCasesProgrammesAndIndicators() throws {
        let statistics = WorkReportStatistics(
            casesOpened: 2, casesClosed: 1, casesReferred: 0, casesOpenAtEnd: 7, serviceRecords: 11,
            programmes: [WorkReportProgrammeLine(code: "CS-REH-P01-202603-WM", title: "社区嘉年华", kind: .largeActivity,
                                                 countsAs: .smallActivity, participants: 99, sessionsInPeriod: 1)],
            indicators: [WorkReportIndicatorLine(indicator: .visit, inPeriod: 6, yearToDate: 17, target: nil)],
            drawnAt: Date(timeIntervalSince1970: 0))
        let report = WorkReport(id: "r1", workerCode: "WM", workerName: "王明", servicePointID: nil,
                                period: try WorkReportPeriod(parsing: "2026-03"), state: .draft,
                                statistics: statistics, text: WorkReportText())
        let workbook = MonthlyStatisticsWorkbook(report: report, translate: { $0 }).workbook
        XCTAssertEqual(workbook.sheets.map(\.name), ["Cases", "Groups and activities", "Indicators"])
        XCTAssertEqual(workbook.sheets[0].rows[0], [.text("Cases opened"), .number(2)])
        XCTAssertEqual(workbook.sheets[0].rows[3], [.text("Open at the end of the period"), .number(7)])
        XCTAssertEqual(workbook.sheets[1].rows[0][3], .text("Small or medium community activity"),
                       "99 participants make a small or medium activity (IND-05)")
        XCTAssertEqual(workbook.sheets[2].rows[0], [.text("社区探访/家访"), .number(6), .number(17), .text("—")])
        XCTAssertTrue(workbook.sheets[0].title.contains("王明（WM） 2026年03月"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("monthly-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try workbook.write(to: file.path)
        XCTAssertGreaterThan(try Data(contentsOf: file).count, 1000)
    }
}
