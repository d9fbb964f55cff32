import Foundation
import XCTest
import ZhongaiDomain
@testable import ZhongaiGtk

/// Exports documents through GtkPrintOperation and reads the PDF back with poppler-utils (pdftotext, pdfinfo,
/// pdffonts; `make setup` installs them). Needs no display: the export draws on a cairo PDF surface.
final class DocumentPrinterTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhongai-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    /// An intake form long enough for three pages at 12 pt and 1.5 lines: header fields, paragraphs, a table of
    /// service records that runs over a page break, and signature lines.
    private func intakeForm() -> PrintableDocument {
        let narrative = String(repeating: "服务对象王小明因家庭关系紧张前来求助，社工与其进行了初次面谈，了解其家庭结构、支持网络及目前的主要困扰。", count: 6)
        let records = (1...24).map { ["2026-03-\(String(format: "%02d", min($0, 28)))", "面谈", "第\($0)次服务：跟进情绪与家庭沟通情况"] }
        return PrintableDocument(
            title: "个案接案表", subtitle: "档案编号：GC-CAB-C01-202603-WM",
            headerFields: [DocumentField("服务对象", "王小明"), DocumentField("负责社工", "王明"),
                           DocumentField("接案日期", "2026-03-02")],
            sections: [
                DocumentSection(heading: "一、求助原因", blocks: [.paragraph(narrative), .paragraph(narrative)]),
                DocumentSection(heading: "二、服务记录", blocks: [
                    .table(DocumentTable(columns: ["日期", "方式", "内容"], rows: records)),
                ]),
                DocumentSection(heading: "三、初步评估", blocks: [
                    .fields([DocumentField("问题界定", "家庭沟通不良"), DocumentField("优先级", "一般")]),
                    .paragraph(narrative),
                    .signature(signer: "服务对象"), .signature(signer: "社工"),
                ]),
            ])
    }

    private func export(_ document: PrintableDocument, lineSpacing: Double = 1.5, name: String = "form.pdf") throws
        -> String {
        let path = directory.appendingPathComponent(name).path
        try MainActor.assumeIsolated {
            try DocumentPrinter(fontSizePoints: 12, lineSpacing: lineSpacing).exportPDF(document, to: path)
        }
        return path
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(tool) \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }

    private func pageCount(_ path: String) throws -> Int? {
        let info = try run("pdfinfo", [path])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    private func text(_ path: String, page: Int? = nil) throws -> String {
        let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try run("pdftotext", range + ["-enc", "UTF-8", path, "-"])
    }

    func testARC10_exportedPDFHasTheTextPagesAndPageNumbers() throws {
        let path = try export(intakeForm())
        XCTAssertEqual(try pageCount(path), 3)
        let all = try text(path)
        for expected in ["个案接案表", "档案编号：GC-CAB-C01-202603-WM", "服务对象", "王小明", "一、求助原因", "第24次服务",
                         "问题界定", "家庭沟通不良", "社工签名", "日期："] {
            XCTAssertTrue(all.contains(expected), "the PDF lacks “\(expected)”:\n\(all)")
        }
        for page in 1...3 {
            // pdftotext drops the spaces between Chinese characters.
            let footer = PrintableDocument.pageFooter(page: page, of: 3).filter { !$0.isWhitespace }
            XCTAssertTrue(try text(path, page: page).filter { !$0.isWhitespace }.contains(footer), "footer of page \(page)")
        }
    }

    func testARC10_documentIsSetInASongSerifCJKFace() throws {
        let fonts = try run("pdffonts", [try export(intakeForm())])
        XCTAssertTrue(fonts.contains("NotoSerifCJK"), fonts)
        XCTAssertFalse(fonts.contains("NotoSansCJK"), "every glyph is in the Song face:\n\(fonts)")
    }

    func testARC10_lineSpacingFromThePolicyChangesTheLayout() throws {
        let text = String(repeating: "社工与服务对象共同回顾了本阶段的目标与进展。", count: 120)
        let notes = PrintableDocument(title: "个案记录表", sections: [DocumentSection(heading: "记录", blocks: [.paragraph(text)])])
        let single = try pageCount(try export(notes, lineSpacing: 1, name: "single.pdf")) ?? 0
        let double = try pageCount(try export(notes, lineSpacing: 2, name: "double.pdf")) ?? 0
        XCTAssertGreaterThan(single, 0)
        XCTAssertLessThan(single, double)
    }

    func testTableTitlesRepeatAboveRowsContinuedOnANewPage() throws {
        let path = try export(intakeForm())
        let pagesWithRecords = try (1...3).filter { try text(path, page: $0).contains("次服务") }
        XCTAssertGreaterThan(pagesWithRecords.count, 1, "the table runs over a page break")
        for page in pagesWithRecords {
            XCTAssertTrue(try text(path, page: page).contains("内容"), "column titles on page \(page)")
        }
    }

    func testExportToAFolderThatDoesNotExistThrowsGTKsMessage() {
        let path = directory.appendingPathComponent("missing/form.pdf").path
        let outcome = MainActor.assumeIsolated {
            Result { try DocumentPrinter(fontSizePoints: 12, lineSpacing: 1.5).exportPDF(intakeForm(), to: path) }
        }
        XCTAssertThrowsError(try outcome.get()) { error in
            XCTAssertFalse((error as? DocumentPrintError)?.message.isEmpty ?? true, "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
