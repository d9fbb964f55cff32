import XCTest
@testable import ZhongaiDomain

final class ProgrammeDocumentTests: XCTestCase {
    private let heading = ProgrammeDocumentHeading(code: "GC-CAB-G01-202603-WM", title: "长者健康小组", kind: "治疗性小组",
                                                   workerName: "王明", session: "第 1 节 2026-03-05 14:30 活动室")

    func testGRP04_blankSheetListsTheRegisteredNamesThenEmptyLinesForWalkIns() {
        let document = SignInSheetDocument { $0 }.blank(heading, registeredNames: ["李小红", "陈大文"])
        XCTAssertEqual(document.title, "Sign-in Sheet")
        XCTAssertEqual(document.subtitle, "GC-CAB-G01-202603-WM")
        XCTAssertTrue(document.headerFields.contains(DocumentField("Session", "第 1 节 2026-03-05 14:30 活动室")))
        guard case .table(let table) = document.sections[0].blocks[0] else { return XCTFail("no table") }
        XCTAssertEqual(table.rows.count, 2 + SignInSheetDocument.walkInLines)
        XCTAssertEqual(table.rows[0], ["1", "李小红", "", ""])
        XCTAssertEqual(table.rows[1], ["2", "陈大文", "", ""])
        XCTAssertEqual(table.rows[2], ["3", "", "", ""])
    }

    func testGRP04_filledSheetShowsTimesSignaturesAndWalkIns() {
        let document = SignInSheetDocument { $0 }.filled(heading, lines: [
            SignInSheetLine(name: "李小红", time: "14:21", hasSignature: true),
            SignInSheetLine(name: "张三", time: "14:40", isWalkIn: true),
        ])
        let blocks = document.sections[0].blocks
        XCTAssertEqual(blocks[0], .paragraph("2 signed in, 1 of them walk-ins."))
        guard case .table(let table) = blocks[1] else { return XCTFail("no table") }
        XCTAssertEqual(table.rows, [["1", "李小红", "14:21", "已签名", ""], ["2", "张三", "14:40", "", "Walk-in"]])
    }

    func testGRP04_rollCallDocumentMarksEachSessionAndFlagsAbsencesInARow() throws {
        let day = try CalendarDate(year: 2026, month: 3, day: 5)
        let facts = RollCallFacts(
            sessions: [.init(id: "s1", number: 1, heldOn: day), .init(id: "s2", number: 2, heldOn: day.adding(days: 7)),
                       .init(id: "s3", number: 3, heldOn: day.adding(days: 14))],
            members: [.init(registrationID: "r1", name: "李小红", phone: "", isWalkIn: false, registeredOn: day),
                      .init(registrationID: "r2", name: "陈大文", phone: "", isWalkIn: false, registeredOn: day)],
            signIns: [("s1", "r1"), ("s2", "r1"), ("s3", "r1")])
        let rollCall = RollCall(programmeID: "p", facts: facts, today: day.adding(days: 20), absenceFlag: 2)
        let document = RollCallDocument { $0 }.document(heading, rollCall: rollCall)
        XCTAssertEqual(document.title, "Roll Call")
        guard case .table(let table) = document.sections[0].blocks[1] else { return XCTFail("no table") }
        XCTAssertEqual(table.columns, ["Full name", "1", "2", "3", "Attended", "Rate", "Absent in a row"])
        XCTAssertEqual(table.rows[0], ["李小红", "✓", "✓", "✓", "3/3", "100%", ""])
        XCTAssertEqual(table.rows[1], ["陈大文", "✗", "✗", "✗", "0/3", "0%", "3"])
        XCTAssertEqual(table.rows[2], ["Present", "1", "1", "1", "", "", ""])
        XCTAssertTrue(document.plainText.contains { $0.contains("陈大文") && $0.contains("follow up") })
    }
}
