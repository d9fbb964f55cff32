import XCTest
@testable import ZhongaiDomain

final class DocumentModelTests: XCTestCase {
    func testTableRowsArePaddedToTheColumns() {
        let table = DocumentTable(columns: ["日期", "方式", "内容"], rows: [["2026-03-02"], ["2026-03-03", "面谈", "家访"]])
        XCTAssertEqual(table.rows, [["2026-03-02", "", ""], ["2026-03-03", "面谈", "家访"]])
    }

    func testARC10_signatureLineAndPageFooter() {
        XCTAssertEqual(DocumentBlock.signatureLine(signer: "服务对象"),
                       "服务对象签名：________________　　日期：________________")
        XCTAssertEqual(PrintableDocument.pageFooter(page: 2, of: 3), "第 2 页 / 共 3 页")
    }

    func testPlainTextFollowsTheReadingOrder() {
        let document = PrintableDocument(
            title: "个案接案表", subtitle: "GC-CAB-C01-202603-WM", headerFields: [DocumentField("服务对象", "王小明")],
            sections: [DocumentSection(heading: "一、基本情况", blocks: [
                .paragraph("初次面谈。"), .fields([DocumentField("优先级", "一般")]),
                .table(DocumentTable(columns: ["日期"], rows: [["2026-03-02"]])), .signature(signer: "社工"),
            ])])
        XCTAssertEqual(document.plainText, [
            "个案接案表", "GC-CAB-C01-202603-WM", "服务对象", "王小明", "一、基本情况", "初次面谈。", "优先级", "一般",
            "日期", "2026-03-02", DocumentBlock.signatureLine(signer: "社工"),
        ])
    }
}
