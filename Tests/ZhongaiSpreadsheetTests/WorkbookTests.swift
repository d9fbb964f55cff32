import Foundation
import XCTest
@testable import ZhongaiSpreadsheet
import ZhongaiDomain

/// The .xlsx writer, read back from the zip: Chinese cells, numbers, sheet names, the CJK font and column widths;
/// and the selection round's workbook (SEL-02, SEL-03).
final class WorkbookTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhongai-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    /// One member of the .xlsx zip, as text.
    private func part(_ file: URL, _ member: String) throws -> String {
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-p", file.path, member]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        unzip.waitUntilExit()
        XCTAssertEqual(unzip.terminationStatus, 0, "unzip \(member)")
        return String(decoding: data, as: UTF8.self)
    }

    func testWritesChineseTextNumbersFontAndWidths() throws {
        let file = folder.appendingPathComponent("表.xlsx")
        try Workbook(sheets: [
            Sheet(name: "选拔结果", title: "2026年督导助理选拔",
                  columns: [SheetColumn("姓名", width: 12), SheetColumn("总成绩", width: 9)],
                  rows: [[.text("王明"), .number(59.5)]], notes: ["总成绩：18 + 25.5 + 16 = 59.5"]),
            Sheet(name: "a/b:c*d?[e]", title: "x", columns: [SheetColumn("列", width: 5)], rows: []),
        ]).write(to: file.path)
        let strings = try part(file, "xl/sharedStrings.xml")
        for text in ["2026年督导助理选拔", "姓名", "总成绩", "王明", "总成绩：18 + 25.5 + 16 = 59.5"] {
            XCTAssertTrue(strings.contains(text), text)
        }
        let sheet = try part(file, "xl/worksheets/sheet1.xml")
        XCTAssertTrue(sheet.contains("<v>59.5</v>"))
        XCTAssertTrue(sheet.contains("width=\"12.7109375\"") || sheet.contains("width=\"12."))
        XCTAssertTrue(try part(file, "xl/styles.xml").contains("Noto Sans CJK SC"))
        let workbook = try part(file, "xl/workbook.xml")
        XCTAssertTrue(workbook.contains("name=\"选拔结果\""))
        XCTAssertTrue(workbook.contains("name=\"abcde\""))
    }

    func testSheetNamesAreShortenedAndMadeUnique() {
        var used: Set<String> = []
        XCTAssertEqual(Workbook.uniqueName("王明 WM", used: &used), "王明 WM")
        XCTAssertEqual(Workbook.uniqueName("王明 wm", used: &used), "王明 wm(2)")
        XCTAssertEqual(Workbook.uniqueName(String(repeating: "长", count: 40), used: &used).count, 31)
    }

    func testSEL03_selectionWorkbookHasTheRankedTableAndEachScoreSheetExplained() throws {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        let policy = try Policy(entries: PolicyFile.parse(String(contentsOf: url.appendingPathComponent("data/policy.txt"),
                                                                  encoding: .utf8)))
        let round = SelectionRound(id: "r1", title: "2026年督导助理选拔", target: .assistantSupervisor,
                                   openedOn: try CalendarDate(parsing: "2026-03-02"), writtenTestOn: nil, interviewOn: nil,
                                   panel: [PanelMember(workerCode: "CZQ", name: "陈志强")], candidatesPublishedOn: nil,
                                   resultsPublishedOn: nil, openedBy: "LF")
        let sheet = ScoreSheet(nominationID: 1, workerCode: "WM", workerName: "王明",
                               written: SelectionPoints(80),
                               interviews: [InterviewScore(interviewerCode: "CZQ", interviewerName: "陈志强",
                                                           score: SelectionPoints(90))],
                               panelSize: 1,
                               bonusItems: [BonusItem(kind: .paperCoreJournal, contribution: .secondAuthor,
                                                      subject: "论社工督导", evidence: "期刊第3期")],
                               policy: policy)
        let detail = SelectionRoundDetail(round: round, stage: .scoring, nominations: [], objections: [],
                                          ranking: SelectionRanking.rank([sheet]), deadlines: [])
        let file = folder.appendingPathComponent("selection.xlsx")
        try SelectionWorkbook(detail: detail, translate: { $0 }).write(to: file.path)
        let strings = try part(file, "xl/sharedStrings.xml")
        for text in ["2026年督导助理选拔", "王明", "论社工督导", "期刊第3期", "Total: 24 + 27 + 2.4 = 53.4",
                     "Paper in a core journal “论社工督导”: 8 × 30% (Second author) = 2.4 points"] {
            XCTAssertTrue(strings.contains(text), text)
        }
        XCTAssertTrue(try part(file, "xl/workbook.xml").contains("name=\"王明 WM\""))
        XCTAssertTrue(try part(file, "xl/worksheets/sheet1.xml").contains("<v>53.4</v>"))
    }
}
