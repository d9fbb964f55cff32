import Foundation
import XCTest
@testable import ZhongaiDomain

/// The report drafted from an event's log (EMG-03) and the safety schedule of inspections (CHK-04).
final class EmergencyReportTests: XCTestCase {
    let start = Date(timeIntervalSince1970: 1_772_413_200)

    func fireDrill() throws -> EmergencyEvent {
        var plan = try XCTUnwrap(try EmergencyPlanTests.shippedPlans().first)
        for index in plan.steps.indices { plan.steps[index].id = Int64(100 + index) }
        let log = [
            EmergencyStepRecord(stepID: 100, position: 1, doneAt: start.addingTimeInterval(30), doneBy: "WM",
                                doneByName: "王明", recordedBy: "WM", note: "灭火器一支"),
            EmergencyStepRecord(stepID: 102, position: 3, doneAt: start.addingTimeInterval(65), doneBy: "LF",
                                doneByName: "刘芳", recordedBy: "WM"),
        ]
        return EmergencyEvent(id: "E1", plan: plan, isDrill: true, servicePointID: 1, servicePointName: "茶山服务点",
                              startedBy: "WM", startedByName: "王明", startedAt: start,
                              endedBy: "WM", endedAt: start.addingTimeInterval(605), log: log)
    }

    func testEMG03_draftAccountIsTheTimelineOfTheLog() throws {
        let event = try fireDrill()
        let account = EmergencyReportDocument(translate: { $0 }).draftAccount(event)
        let lines = account.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].contains("started a drill"))
        XCTAssertTrue(lines[1].contains("(+0分30秒) step 1, 王明（WM）"))
        XCTAssertTrue(lines[1].contains("灭火器一支"))
        XCTAssertTrue(lines[2].contains("step 3, 刘芳（LF）"))
        // Steps not done are named, then the end with the time it took.
        XCTAssertEqual(lines.filter { $0.hasPrefix("Step ") && $0.contains("not done") }.count, 4)
        XCTAssertTrue(lines.last!.contains("ended after 10分05秒"))
    }

    func testEMG03_reportDocumentPrintsEveryStepOfThePlan() throws {
        let event = try fireDrill()
        let report = EmergencyReport(account: "演练顺利", peopleAffected: "无人受伤", followUp: "补充灭火器")
        let document = EmergencyReportDocument(translate: { $0 }).document(event, report: report)
        let text = document.plainText.joined(separator: "\n")
        for step in event.plan.steps { XCTAssertTrue(text.contains(step.text), step.text) }
        XCTAssertTrue(text.contains("无人受伤"))
        XCTAssertTrue(text.contains("补充灭火器"))
        XCTAssertTrue(text.contains("10分05秒"))
        XCTAssertEqual(document.title, "Emergency Event Report")
    }

    func testEMG03_elapsedTimeFormat() {
        let format = EmergencyTimeFormat(timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        XCTAssertEqual(format.elapsed(65), "1分05秒")
        XCTAssertEqual(format.elapsed(3720), "1小时02分00秒")
        XCTAssertEqual(format.clock(start), "2026-03-02 09:00:00")
    }

    func testCHK04_nextInspectionAndFollowUpsOnTheSchedule() throws {
        let today = try CalendarDate(year: 2026, month: 6, day: 10)
        let schedule = SafetySchedule(intervalMonths: 3, dueSoonDays: 7)
        let inspected = SafetySchedule.Site(servicePointID: 1, servicePointName: "甲", lastInspectionID: "I1",
                                            lastInspectedOn: try CalendarDate(year: 2026, month: 3, day: 5))
        let never = SafetySchedule.Site(servicePointID: 2, servicePointName: "乙", lastInspectionID: nil,
                                        lastInspectedOn: nil)
        let followUp = InspectionFollowUp(id: 7, item: .extinguishers, action: "更换灭火器",
                                          dueOn: try CalendarDate(year: 2026, month: 6, day: 15))
        let done = InspectionFollowUp(id: 8, item: .wiring, action: "修电线", dueOn: today.adding(days: -3),
                                      doneOn: today, doneBy: "LF")
        let deadlines = schedule.deadlines(sites: [inspected, never],
                                           followUps: [(inspected, "I1", followUp), (inspected, "I1", done)],
                                           today: today)
        XCTAssertEqual(deadlines.count, 3)
        XCTAssertEqual(deadlines[0].dueOn, try CalendarDate(year: 2026, month: 6, day: 5))
        XCTAssertEqual(deadlines[0].status, .overdue)
        XCTAssertEqual(deadlines[1].servicePointName, "乙")
        XCTAssertEqual(deadlines[1].status, .dueSoon)
        XCTAssertEqual(deadlines[2].kind, .followUp)
        XCTAssertEqual(deadlines[2].status, .dueSoon)
        XCTAssertTrue(deadlines.allSatisfy { $0.rule == "CHK-04" && !$0.clause.isEmpty })
    }
}
