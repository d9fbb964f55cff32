import Foundation
import XCTest
import ZhongaiDomain

/// The monthly report as a printable document and its electronic file name (CHK-01, ARC-10).
final class MonthlyReportDocumentTests: XCTestCase {
    func report(kind: String = "2026-03") throws -> WorkReport {
        let statistics = WorkReportStatistics(
            casesOpened: 2, casesClosed: 1, casesReferred: 0, casesOpenAtEnd: 7, serviceRecords: 11,
            programmes: [WorkReportProgrammeLine(code: "CS-REH-P01-202603-WM", title: "长者健康讲座", kind: .lecture,
                                                 countsAs: nil, participants: 29, sessionsInPeriod: 1)],
            indicators: [WorkReportIndicatorLine(indicator: .visit, inPeriod: 6, yearToDate: 17, target: 60)],
            drawnAt: Date(timeIntervalSince1970: 0))
        return WorkReport(id: "r1", workerCode: "WM", workerName: "王明", servicePointID: nil,
                          period: try WorkReportPeriod(parsing: kind), state: .submitted, statistics: statistics,
                          text: WorkReportText(summary: "本月开展家访六次", reflections: "需加强记录的及时性",
                                               problems: "", plan: "下月开展小组",
                                               workLog: [WorkLogLine(day: try CalendarDate(parsing: "2026-03-04"),
                                                                     text: "家访李伯")]),
                          reviewerCode: "ZJH", submittedOn: try CalendarDate(parsing: "2026-03-31"))
    }

    func testARC10_theFileNameIsNameMonthAndNature() throws {
        XCTAssertEqual(try MonthlyReportDocument.fileName(report()).text, "王明-2026年03月-月报.pdf")
        XCTAssertEqual(try MonthlyReportDocument.fileName(report(kind: "2026-H1"), fileExtension: "xlsx").text,
                       "王明-2026年06月-半年总结.xlsx")
        XCTAssertEqual(try MonthlyReportDocument.fileName(report(kind: "2026")).text, "王明-2026年12月-年度总结.pdf")
    }

    func testCHK01_theDocumentHoldsTheStatisticsTheTextAndTheLog() throws {
        let document = MonthlyReportDocument(translate: { $0 }).document(try report(), reviewerName: "曾嘉豪")
        let text = document.plainText
        XCTAssertEqual(document.title, "Monthly Work Report")
        XCTAssertEqual(document.subtitle, "王明 2026年03月")
        XCTAssertTrue(text.contains("王明（WM）"))
        XCTAssertTrue(text.contains("曾嘉豪（ZJH）"))
        XCTAssertTrue(text.contains("11"))
        XCTAssertTrue(text.contains("长者健康讲座"))
        XCTAssertTrue(text.contains("Not counted"), "a lecture of 29 counts as nothing (IND-05)")
        XCTAssertTrue(text.contains("社区探访/家访"))
        XCTAssertTrue(text.contains("17"))
        XCTAssertTrue(text.contains("需加强记录的及时性"))
        XCTAssertTrue(text.contains("家访李伯"))
        XCTAssertTrue(text.contains("Next month's plan"))
        XCTAssertTrue(text.contains("—"), "an empty part prints a dash")
    }
}
