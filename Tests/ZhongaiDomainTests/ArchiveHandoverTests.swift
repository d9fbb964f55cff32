import Foundation
import XCTest
import ZhongaiDomain

/// The quarterly handover (ARC-08, ARC-09, C3), loans (CONF-04) and the archive's schedule (CONF-05).
final class ArchiveHandoverTests: XCTestCase {
    private func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    private func schedule(dueDay: Double = 20, alarmDay: Double = 20) throws -> ArchiveSchedule {
        ArchiveSchedule(policy: try Policy(entries: PolicyKey.allCases.map { key in
            let value: Double = switch key {
            case .quarterlyArchiveDueDay: dueDay
            case .quarterlyArchiveAlarmDay: alarmDay
            case .archiveCheckIntervalMonths: 3
            case .archiveInventoryIntervalMonths: 12
            case .archiveDestructionIntervalYears: 3
            case .deadlineDueSoonDays: 7
            default: 7
            }
            return PolicyEntry(key: key, value: value, unit: key.unit, clause: "c")
        }))
    }

    private func line(_ code: String, closedOn: String?) -> HandoverListLine {
        HandoverListLine(kind: .caseFile, recordID: code, code: code, name: "王*明", closedOn: closedOn.map(day),
                         documentsReady: 7, documentsTotal: 8, missingDocuments: ["Case closing report"])
    }

    func testARC09_quarters() throws {
        XCTAssertEqual(ArchiveQuarter(containing: day("2026-03-31")).description, "2026-Q1")
        XCTAssertEqual(ArchiveQuarter(containing: day("2026-10-01")).quarter, 4)
        XCTAssertEqual(try ArchiveQuarter(parsing: "2026-Q2").firstDay, day("2026-04-01"))
        XCTAssertEqual(try ArchiveQuarter(parsing: "2026年第4季度").lastDay, day("2026-12-31"))
        XCTAssertEqual(try ArchiveQuarter(parsing: "2026-4").next.description, "2027-Q1")
        XCTAssertEqual(try ArchiveQuarter(parsing: "2026Q1").previous.description, "2025-Q4")
        XCTAssertThrowsError(try ArchiveQuarter(parsing: "2026-Q5")) { XCTAssertEqual(($0 as? ValidationError)?.rule, "ARC-09") }
        XCTAssertThrowsError(try ArchiveQuarter(parsing: "Q1"))
    }

    func testC3_ARC09_aQuartersMaterialIsDueThe20thOfTheNextQuartersFirstMonth_alarmAfterThe20thOfItsSecond() throws {
        let s = try schedule()
        let q1 = s.handoverDue(try ArchiveQuarter(parsing: "2026-Q1"))
        XCTAssertEqual(q1.dueOn, day("2026-04-20"))
        XCTAssertEqual(q1.overdueAfter, day("2026-05-20"))
        let q4 = s.handoverDue(try ArchiveQuarter(parsing: "2026-Q4"))
        XCTAssertEqual(q4.dueOn, day("2027-01-20"), "the fourth quarter is due in the next year")
        XCTAssertEqual(q4.overdueAfter, day("2027-02-20"))
        XCTAssertEqual(s.status(dueOn: q1.dueOn, overdueAfter: q1.overdueAfter, today: day("2026-04-01")), .upcoming)
        XCTAssertEqual(s.status(dueOn: q1.dueOn, overdueAfter: q1.overdueAfter, today: day("2026-04-13")), .dueSoon)
        XCTAssertEqual(s.status(dueOn: q1.dueOn, overdueAfter: q1.overdueAfter, today: day("2026-05-20")), .dueSoon,
                       "late by 档案接收制度 but within 小组/活动服务指引 7")
        XCTAssertEqual(s.status(dueOn: q1.dueOn, overdueAfter: q1.overdueAfter, today: day("2026-05-21")), .overdue)
        // The days are policy values.
        let moved = try schedule(dueDay: 25, alarmDay: 10).handoverDue(try ArchiveQuarter(parsing: "2026-Q3"))
        XCTAssertEqual(moved.dueOn, day("2026-10-25"))
        XCTAssertEqual(moved.overdueAfter, day("2026-11-10"))
    }

    func testARC08_aListWithARecordNotClosedIsRefused_namingIt() {
        XCTAssertNoThrow(try ArchiveHandoverRules.checkClosed([line("GC-REH-C01-202601-WM", closedOn: "2026-03-02")]))
        XCTAssertThrowsError(try ArchiveHandoverRules.checkClosed([
            line("GC-REH-C01-202601-WM", closedOn: "2026-03-02"), line("GC-REH-C02-202602-WM", closedOn: nil),
        ])) { error in
            let refusal = error as? ValidationError
            XCTAssertEqual(refusal?.rule, "ARC-08")
            XCTAssertEqual(refusal?.arguments, ["GC-REH-C02-202602-WM"])
        }
        XCTAssertThrowsError(try ArchiveHandoverRules.checkClosed([])) { XCTAssertEqual(($0 as? ValidationError)?.rule, "ARC-08") }
    }

    func testARC08_bothSidesSign_theWorkerThenAnotherServiceDepartmentWorker() throws {
        XCTAssertNoThrow(try ArchiveHandoverRules.checkMove(from: .draft, to: .handedOver, actorCode: "WM",
                                                            actorRole: .frontline, workerCode: "WM"))
        XCTAssertThrowsError(try ArchiveHandoverRules.checkMove(from: .draft, to: .handedOver, actorCode: "LJX",
                                                                actorRole: .serviceDepartment, workerCode: "WM"))
        XCTAssertNoThrow(try ArchiveHandoverRules.checkMove(from: .handedOver, to: .received, actorCode: "LJX",
                                                            actorRole: .serviceDepartment, workerCode: "WM"))
        XCTAssertThrowsError(try ArchiveHandoverRules.checkMove(from: .handedOver, to: .received, actorCode: "ZJH",
                                                                actorRole: .assistantSupervisor, workerCode: "WM"))
        XCTAssertThrowsError(try ArchiveHandoverRules.checkMove(from: .draft, to: .received, actorCode: "LJX",
                                                                actorRole: .serviceDepartment, workerCode: "WM"),
                             "received before it was handed over")
        XCTAssertThrowsError(try ArchiveHandoverRules.checkMove(from: .received, to: .returned, actorCode: "LJX",
                                                                actorRole: .serviceDepartment, workerCode: "WM"),
                             "a received list is final")
        XCTAssertThrowsError(try ArchiveHandoverRules.checkReturnReason("  ")) { XCTAssertEqual(($0 as? ValidationError)?.rule, "ARC-08") }
    }

    func testCONF04_aLoanNamesAPurposeAndADueDayNotBeforeTheLoan() {
        XCTAssertEqual(try ArchiveLoan.validate(purpose: " 个案回顾 ", borrowedOn: day("2026-03-02"), dueOn: day("2026-03-09")),
                       "个案回顾")
        XCTAssertThrowsError(try ArchiveLoan.validate(purpose: "", borrowedOn: day("2026-03-02"), dueOn: day("2026-03-09")))
        XCTAssertThrowsError(try ArchiveLoan.validate(purpose: "x", borrowedOn: day("2026-03-02"), dueOn: day("2026-03-01"))) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "CONF-04")
        }
    }

    func testCONF05_checksInventoryAndDestructionFollowThePolicy() throws {
        let s = try schedule()
        XCTAssertEqual(s.nextCheck(after: nil, today: day("2026-05-06")), day("2026-06-30"))
        XCTAssertEqual(s.nextCheck(after: day("2026-05-06"), today: day("2026-05-06")), day("2026-08-06"))
        XCTAssertEqual(s.nextInventory(after: nil, today: day("2026-05-06")), day("2026-12-31"))
        XCTAssertEqual(s.nextInventory(after: day("2026-01-15"), today: day("2026-05-06")), day("2027-01-15"))
        XCTAssertEqual(s.destructionDue(receivedOn: day("2026-04-20")), day("2029-04-20"))
        XCTAssertFalse(s.isDueForDestruction(receivedOn: day("2026-04-20"), today: day("2029-04-19")))
        XCTAssertTrue(s.isDueForDestruction(receivedOn: day("2026-04-20"), today: day("2029-04-20")))
    }

    func testARC08_theHandoverListPrintsInDuplicateWithContentQuantityTimeAndBothSides() throws {
        let handedOver = Date(timeIntervalSince1970: 1_776_650_400) // 2026-04-20 10:00 China time
        let list = HandoverList(id: "L1", workerCode: "WM", workerName: "王明", quarter: try ArchiveQuarter(parsing: "2026-Q1"),
                                state: .received, lines: [line("GC-REH-C01-202601-WM", closedOn: "2026-03-02")],
                                createdAt: handedOver, handedOverAt: handedOver, receiverCode: "LJX", receiverName: "梁嘉欣",
                                receivedAt: handedOver.addingTimeInterval(3600))
        let document = HandoverListDocument(translate: { $0 }).document(list)
        XCTAssertEqual(document.title, "Archive Handover List")
        XCTAssertEqual(document.sections.count, 2, "in duplicate")
        let text = document.plainText.joined(separator: "\n")
        for expected in ["2026年第1季度", "王明（WM）", "梁嘉欣（LJX）", "GC-REH-C01-202601-WM", "7/8", "2026-04-20 10:00:00",
                         "2026-04-20 11:00:00", "Case closing report"] {
            XCTAssertTrue(text.contains(expected), expected)
        }
        XCTAssertEqual(list.documentCount, 7)
    }
}
