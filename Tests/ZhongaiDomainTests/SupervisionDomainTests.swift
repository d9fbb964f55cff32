import XCTest
import ZhongaiDomain

final class SupervisionDomainTests: XCTestCase {
    func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    func draft(_ codes: [String], format: SupervisionFormat = .group) -> SupervisionDraft {
        SupervisionDraft(type: .induction, format: format, heldOn: day("2026-03-02"), startTime: "9:05",
                         durationMinutes: 60, superviseeCodes: codes)
    }

    func testSUP01_individualSessionHasOneSupervisee() throws {
        XCTAssertThrowsError(try draft(["WM", "LXT"], format: .individual).validated(today: day("2026-03-02"))) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "SUP-01")
        }
        let valid = try draft(["WM", " WM "]).validated(today: day("2026-03-02"))
        XCTAssertEqual(valid.superviseeCodes, ["WM"])
        XCTAssertEqual(valid.startTime, "09:05")
    }

    func testSUP05_badDraftsRefused() {
        var late = draft(["WM"])
        late.heldOn = day("2026-03-03")
        XCTAssertThrowsError(try late.validated(today: day("2026-03-02")))
        var badTime = draft(["WM"])
        badTime.startTime = "25:00"
        XCTAssertThrowsError(try badTime.validated(today: day("2026-03-02")))
        var zero = draft(["WM"])
        zero.durationMinutes = 0
        XCTAssertThrowsError(try zero.validated(today: day("2026-03-02")))
    }

    func testSupervisionMonthBoundaries() throws {
        let february = try SupervisionMonth(parsing: "2028-02")
        XCTAssertEqual(february.lastDay, day("2028-02-29"))
        XCTAssertTrue(february.contains(day("2028-02-29")))
        XCTAssertFalse(february.contains(day("2028-03-01")))
        XCTAssertThrowsError(try SupervisionMonth(parsing: "2028-13"))
        XCTAssertThrowsError(try SupervisionMonth(parsing: "2028-2"))
    }

    func testSUP02_minimumsByRolePair() {
        XCTAssertEqual(SupervisionMinimum.meetingsKey(supervisor: .supervisor, supervisee: .frontline),
                       .supervisorMeetingsWithFrontline)
        XCTAssertEqual(SupervisionMinimum.meetingsKey(supervisor: .traineeSupervisor, supervisee: .assistantSupervisor),
                       .traineeMeetingsWithAssistant)
        XCTAssertEqual(SupervisionMinimum.meetingsKey(supervisor: .assistantSupervisor, supervisee: .frontline),
                       .assistantMeetingsWithFrontline)
        XCTAssertNil(SupervisionMinimum.meetingsKey(supervisor: .supervisor, supervisee: .traineeSupervisor))
    }

    func testHistoryChainOnADay() {
        let history = SupervisionHistory(links: [
            SupervisionLink(superviseeCode: "WM", supervisorCode: "A", until: day("2026-04-15")),
            SupervisionLink(superviseeCode: "WM", supervisorCode: "B", from: day("2026-04-15")),
        ])
        XCTAssertEqual(history.chain(on: day("2026-04-14")).supervisorOf["WM"], "A")
        XCTAssertEqual(history.chain(on: day("2026-04-15")).supervisorOf["WM"], "B")
        XCTAssertTrue(history.wasSupervised("WM", by: "A", from: day("2026-04-01"), through: day("2026-04-30")))
        XCTAssertFalse(history.wasSupervised("WM", by: "A", from: day("2026-05-01"), through: day("2026-05-31")))
    }

    func testROLE03_weeksOfAMonth() throws {
        let weeks = AssistantFrontlineWeek.weeks(of: try SupervisionMonth(parsing: "2026-03"), workerCode: "ZJH",
                                                 serviceDates: [day("2026-03-02"), day("2026-03-03"), day("2026-03-04")],
                                                 minimumDays: 3)
        XCTAssertEqual(weeks.count, 6)
        XCTAssertEqual(weeks[1].weekStarting, day("2026-03-02"))
        XCTAssertFalse(weeks[1].isShort)
        XCTAssertTrue(weeks[0].isShort)
    }

    func testARC10_sessionRecordDocument() {
        let session = SupervisionSession(
            id: "x", supervisorCode: "ZJH", supervisorName: "曾嘉豪", supervisorRole: .assistantSupervisor,
            type: .practiceCompetence, format: .group, heldOn: day("2026-03-02"), startTime: "09:30",
            durationMinutes: 90, participants: [SupervisionParticipant(workerCode: "WM", workerName: "王明")],
            topics: [SupervisionTopic(text: "预估", caseCode: "GC-CAB-C01-202601-WM")], advice: "多做家访",
            followUps: [SupervisionFollowUp(text: "交报告", dueOn: day("2026-03-20"))],
            crossSupervisionReason: nil, recordedBy: "ZJH")
        let text = SupervisionDocumentDrafter { $0 }.sessionRecord(session).plainText
        for expected in ["Supervision Record", "90 minutes", "王明（WM）", "预估", "GC-CAB-C01-202601-WM", "多做家访",
                         "交报告", "2026-03-20", "Waiting for confirmation"] {
            XCTAssertTrue(text.contains(expected), expected)
        }
    }
}
