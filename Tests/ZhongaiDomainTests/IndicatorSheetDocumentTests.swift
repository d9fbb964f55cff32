import XCTest
@testable import ZhongaiDomain

/// The indicator sheet as a document (IND-01..04): names, targets, raw and converted counts, achievement, the
/// shortfall in words, satisfaction against 80 % and the conversions with their clause.
final class IndicatorSheetDocumentTests: XCTestCase {
    private let wording = IndicatorSheetDocument { $0 }

    /// 15 cases and 70 consultations, 6 consultations agreed as 3 cases (clause A); visits 5 short; filing without
    /// a target; satisfaction 90 % on content, 70 % on the arrangement.
    static func workerSheet() -> IndicatorSheet {
        let months = { (total: Int) in [total] + Array(repeating: 0, count: 11) }
        return IndicatorSheet(
            subject: .worker(code: "WM", name: "王明"), year: 2026, postTypeCode: "specialised",
            postTypeName: "特定群体类深度专业服务", posts: 1, conversionsAllowed: true,
            lines: [IndicatorLine(indicator: .professionalCase, target: 18, raw: 15, converted: 18, monthly: months(15)),
                    IndicatorLine(indicator: .consultation, target: 60, raw: 70, converted: 64, monthly: months(70)),
                    IndicatorLine(indicator: .visit, target: 50, raw: 45, converted: 45, monthly: months(45)),
                    IndicatorLine(indicator: .filing, target: nil, raw: 3, converted: 3, monthly: months(3))],
            agreedConversions: [IndicatorConversion(from: .consultation, fromUnits: 6, to: .professionalCase,
                                                    toUnits: 3, clause: "A")],
            proposedConversions: [IndicatorConversion(from: .consultation, fromUnits: 4, to: .visit, toUnits: 4,
                                                      clause: "A")],
            satisfaction: [ItemSatisfaction(item: .content, responses: 10, satisfied: 9, thresholdPercent: 80),
                           ItemSatisfaction(item: .arrangement, responses: 10, satisfied: 7, thresholdPercent: 80)],
            allowedClauses: ["A", "C"])
    }

    func testIND01_achievementIsRoundedDownAndAbsentWithoutATarget() {
        XCTAssertEqual(IndicatorSheetDocument.percent(199, of: 200), 99, "99.5 % must not read as met")
        XCTAssertEqual(IndicatorSheetDocument.percent(45, of: 50), 90)
        XCTAssertEqual(IndicatorSheetDocument.percent(70, of: 60), 116)
        XCTAssertNil(IndicatorSheetDocument.percent(3, of: nil))
        XCTAssertNil(IndicatorSheetDocument.percent(3, of: 0))
    }

    func testIND01_IND04_eachLineShowsTargetRawConvertedAndTheShortfallInWords() {
        let rows = Self.workerSheet().lines.map(wording.lineRow)
        XCTAssertEqual(rows[0], ["专业个案", "18", "15", "83%", "18", "100%", "Target met"])
        XCTAssertEqual(rows[1], ["咨询、即时辅导", "60", "70", "116%", "64", "106%", "Target met"])
        XCTAssertEqual(rows[2], ["社区探访/家访", "50", "45", "90%", "45", "90%", "Short by 5"])
        XCTAssertEqual(rows[3], ["建档", "Set by the post's reality", "3", "—", "3", "—", "No target"])
    }

    func testIND01_IND02_IND04_theDocumentHoldsTheTableSatisfactionAndConversions() throws {
        let document = wording.document(Self.workerSheet())
        XCTAssertEqual(document.title, "Annual Service Indicators")
        XCTAssertEqual(document.subtitle, "王明（WM）")
        XCTAssertTrue(document.headerFields.contains(DocumentField("Year", "2026")))
        XCTAssertTrue(document.headerFields.contains(DocumentField("Post type", "特定群体类深度专业服务")))
        XCTAssertTrue(document.headerFields.contains(
            DocumentField("Conversions", "The contract allows conversions by clauses A、C (IND-04)")))
        guard case .table(let table) = document.sections[0].blocks[0] else { return XCTFail("no indicator table") }
        XCTAssertEqual(table.columns, IndicatorSheetDocument.lineColumns)
        XCTAssertEqual(table.rows.count, 4)
        XCTAssertEqual(document.sections[0].blocks[1], .paragraph(
            "Short of the target: 社区探访/家访 5."))
        XCTAssertEqual(document.sections[0].blocks[2], .paragraph(
            "Achievement is counted after the agreed conversions (IND-04); a team is judged on its totals (IND-03)."))
        guard case .table(let satisfaction) = document.sections[1].blocks[0] else { return XCTFail("no satisfaction") }
        XCTAssertEqual(satisfaction.rows, [["Content", "10", "9", "90%", "Target met"],
                                           ["Activity arrangement", "10", "7", "70%", "Below 80 percent"]])
        let text = document.plainText
        XCTAssertTrue(text.contains("6 咨询、即时辅导 counted as 3 专业个案 (rate A)"), "\(text)")
        XCTAssertTrue(text.contains("4 咨询、即时辅导 counted as 4 社区探访/家访 (rate A)"), "\(text)")
        XCTAssertTrue(text.contains(DocumentBlock.signatureLine(signer: "Supervisor")))
    }

    func testIND03_aTeamSheetNamesTheTeamAndItsPosts() {
        var sheet = Self.workerSheet()
        sheet.subject = .team(servicePointID: 7, name: "石龙社工站")
        sheet.posts = 3
        sheet.conversionsAllowed = false
        sheet.agreedConversions = []
        sheet.satisfaction = []
        let document = wording.document(sheet)
        XCTAssertEqual(document.subtitle, "Team of 石龙社工站")
        XCTAssertTrue(document.headerFields.contains(
            DocumentField("Post type", "特定群体类深度专业服务，3 posts (targets × posts)")))
        XCTAssertTrue(document.plainText.contains("The contract allows no conversion (IND-04)"))
        XCTAssertTrue(document.plainText.contains("No conversion agreed."))
        XCTAssertTrue(document.plainText.contains("No feedback form this year."))
        XCTAssertEqual(IndicatorSheetDocument.fileOwnerName(sheet.subject), "石龙社工站")
    }

    func testIND01_aSheetMeetingEveryTargetSaysSo() {
        var sheet = Self.workerSheet()
        sheet.lines = [IndicatorLine(indicator: .supervision, target: 24, raw: 24, converted: 24,
                                     monthly: Array(repeating: 2, count: 12))]
        guard case .paragraph(let text) = wording.document(sheet).sections[0].blocks[1] else { return XCTFail() }
        XCTAssertEqual(text, "Every indicator with a target is met.")
    }
}
