import Foundation
import XCTest
@testable import ZhongaiDomain

final class CaseDeadlinesTests: XCTestCase {
    private static let schedule = """
    year 2026 国务院办公厅 2025-11-04
    off  2026-02-15..2026-02-23 春节
    work 2026-02-14 春节调休
    work 2026-02-28 春节调休
    """

    private var deadlines: CaseDeadlines!

    override func setUpWithError() throws {
        deadlines = CaseDeadlines(policy: try Self.policy(), calendar: WorkingDayCalendar(schedule: try HolidayFile.parse(Self.schedule)))
    }

    /// The shipped policy table of data/.
    static func policy(_ changes: [PolicyKey: Double] = [:]) throws -> Policy {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        let text = try String(contentsOf: url.appendingPathComponent("data/policy.txt"), encoding: .utf8)
        return try Policy(entries: PolicyFile.parse(text).map { entry in
            var entry = entry
            if let value = changes[entry.key] { entry.value = value }
            return entry
        })
    }

    private func d(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text) }

    private func item(_ rule: String, _ facts: CaseDeadlineFacts, today: String) throws -> CaseDeadline? {
        deadlines.deadlines(for: facts, today: try d(today)).first { $0.rule == rule }
    }

    func testCASE06_secondContactWithinSevenWorkingDaysOverSpringFestival() throws {
        let facts = CaseDeadlineFacts(openedOn: try d("2026-02-13"))
        let second = try XCTUnwrap(item("CASE-06", facts, today: "2026-02-13"))
        XCTAssertEqual(second.dueOn, try d("2026-03-02"), "02-14 (调休), 02-24..27, 02-28 (调休), 03-02")
        XCTAssertEqual(second.status, .upcoming)
        XCTAssertEqual(try item("CASE-06", facts, today: "2026-02-27")?.status, .dueSoon)
        XCTAssertEqual(try item("CASE-06", facts, today: "2026-03-03")?.status, .overdue)
        var met = facts
        met.firstServiceOn = try d("2026-02-24")
        let done = try XCTUnwrap(item("CASE-06", met, today: "2026-03-03"))
        XCTAssertEqual(done.status, .met)
        XCTAssertFalse(done.metLate)
    }

    func testCASE06_anUnpublishedHolidayYearGivesUnknownNotAWrongDate() throws {
        let facts = CaseDeadlineFacts(openedOn: try d("2026-12-28"))
        let second = try XCTUnwrap(item("CASE-06", facts, today: "2026-12-28"))
        XCTAssertNil(second.dueOn)
        XCTAssertEqual(second.status, .unknown)
        XCTAssertEqual(second.unpublishedYears, [2027])
        XCTAssertEqual(deadlines.deadlines(for: facts, today: try d("2026-12-28")).last?.rule, "CASE-06",
                       "unknown deadlines sort last")
    }

    func testCASE07_CASE09_assessmentReportAtTwoMonthsAndReviewAtSix_fromThePolicyTable() throws {
        let facts = CaseDeadlineFacts(openedOn: try d("2025-12-31"))
        XCTAssertEqual(try item("CASE-07", facts, today: "2026-01-05")?.dueOn, try d("2026-02-28"), "end of a short month")
        XCTAssertEqual(try item("CASE-09", facts, today: "2026-01-05")?.dueOn, try d("2026-06-30"))
        let longer = CaseDeadlines(policy: try Self.policy([.caseAssessmentReportMonths: 3]),
                                   calendar: deadlines.calendar)
        XCTAssertEqual(longer.deadlines(for: facts, today: try d("2026-01-05")).first { $0.rule == "CASE-07" }?.dueOn,
                       try d("2026-03-31"))
        var met = facts
        met.assessmentReportOn = try d("2026-03-03")
        let late = try XCTUnwrap(item("CASE-07", met, today: "2026-03-05"))
        XCTAssertEqual(late.status, .met)
        XCTAssertTrue(late.metLate)
    }

    func testCASE10_closingEvaluationOnlyOnceTheProblemIsSolved() throws {
        var facts = CaseDeadlineFacts(openedOn: try d("2026-01-05"))
        XCTAssertNil(try item("CASE-10", facts, today: "2026-03-02"))
        facts.problemSolvedOn = try d("2026-03-02")
        XCTAssertEqual(try item("CASE-10", facts, today: "2026-03-02")?.dueOn, try d("2026-04-02"))
        facts.closingEvaluationOn = try d("2026-03-20")
        XCTAssertEqual(try item("CASE-10", facts, today: "2026-04-10")?.status, .met)
    }

    func testCASE05_planSubmittedFiveDaysBeforeTheServiceStarts() throws {
        var facts = CaseDeadlineFacts(openedOn: try d("2026-01-05"))
        XCTAssertNil(try item("CASE-05", facts, today: "2026-03-02"))
        facts.planServiceStartsOn = try d("2026-03-20")
        XCTAssertEqual(try item("CASE-05", facts, today: "2026-03-02")?.dueOn, try d("2026-03-15"))
        facts.planSubmittedOn = try d("2026-03-17")
        let late = try XCTUnwrap(item("CASE-05", facts, today: "2026-03-18"))
        XCTAssertEqual(late.status, .met)
        XCTAssertTrue(late.metLate, "submitted 3 days before the start: late")
    }

    func testINTAKE04_intakeRecordTheSameDay() throws {
        var facts = CaseDeadlineFacts(openedOn: try d("2026-03-02"), intakeContactOn: try d("2026-03-02"))
        XCTAssertEqual(try item("INTAKE-04", facts, today: "2026-03-02")?.status, .dueSoon)
        XCTAssertEqual(try item("INTAKE-04", facts, today: "2026-03-03")?.status, .overdue)
        facts.intakeRecordedOn = try d("2026-03-02")
        XCTAssertEqual(try item("INTAKE-04", facts, today: "2026-03-03")?.status, .met)
    }

    func testAnEndedCaseDropsDeadlinesDueAfterItsEnd_andNextIsTheEarliestUnmet() throws {
        var facts = CaseDeadlineFacts(openedOn: try d("2026-01-05"), firstServiceOn: try d("2026-01-07"))
        XCTAssertEqual(deadlines.next(for: facts, today: try d("2026-01-08"))?.rule, "CASE-07")
        facts.endedOn = try d("2026-02-01")
        XCTAssertEqual(deadlines.deadlines(for: facts, today: try d("2026-02-02")).map(\.rule), ["CASE-06"])
        XCTAssertNil(deadlines.next(for: facts, today: try d("2026-02-02")))
    }
}
