import XCTest
import ZhongaiDomain

/// The periods of the quarterly checks (CHK-02) and the intervals of employer visits (CHK-05).
final class CheckScheduleTests: XCTestCase {
    private func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    private func policy(chair: Double = 3, adminHR: Double = 2) throws -> Policy {
        try Policy(entries: PolicyKey.allCases.map { key in
            let value: Double = key == .chairVisitIntervalMonths ? chair : key == .adminHRVisitIntervalMonths ? adminHR : 7
            return PolicyEntry(key: key, value: value, unit: key.unit, clause: "c")
        })
    }

    func testCHK02_aQuartersCheckIsDueByTheQuartersEnd_andDoneOncePerQuarter() {
        let quarter = CheckPeriod(containing: day("2026-05-20"), months: 3)
        XCTAssertEqual(quarter.start, day("2026-04-01"))
        XCTAssertEqual(quarter.end, day("2026-06-30"))
        XCTAssertEqual(quarter.dueOn(lastCheckedOn: nil), day("2026-06-30"))
        XCTAssertEqual(quarter.dueOn(lastCheckedOn: day("2026-03-31")), day("2026-06-30"), "last quarter's does not count")
        XCTAssertNil(quarter.dueOn(lastCheckedOn: day("2026-04-01")))
        XCTAssertEqual(CheckPeriod(containing: day("2026-12-31"), months: 3).end, day("2026-12-31"))
        XCTAssertEqual(CheckPeriod(containing: day("2026-02-10"), months: 2).end, day("2026-02-28"))
        XCTAssertEqual(CheckPeriod(containing: day("2028-02-10"), months: 1).end, day("2028-02-29"))
    }

    func testCHK02_whoRecordsWhichCheck() {
        XCTAssertTrue(CheckKind.supervisor.checkerRoles.contains(.assistantSupervisor))
        XCTAssertFalse(CheckKind.supervisor.checkerRoles.contains(.frontline))
        XCTAssertTrue(CheckKind.employer.checkerRoles.contains(.adminHR))
        XCTAssertThrowsError(try CheckDraft(kind: .supervisor, subject: "WM", checkedOn: day("2026-03-02"),
                                            findings: " ").validated(today: day("2026-03-02"))) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Check findings")
            XCTAssertEqual((error as? ValidationError)?.rule, "CHK-02")
        }
    }

    func testCHK05_theChairVisitsQuarterly_adminHREveryTwoMonths_andANewTargetIsDueAtOnce() throws {
        let today = day("2026-03-02")
        let policy = try policy()
        XCTAssertEqual(VisitTargetKind.disabledPersonsFederation.nextVisitDue(lastVisitedOn: day("2026-01-15"),
                                                                             policy: policy, today: today),
                       day("2026-04-15"))
        XCTAssertEqual(VisitTargetKind.townPostDepartment.nextVisitDue(lastVisitedOn: day("2026-01-15"),
                                                                      policy: policy, today: today),
                       day("2026-03-15"))
        XCTAssertEqual(VisitTargetKind.justice.nextVisitDue(lastVisitedOn: nil, policy: policy, today: today), today)
        XCTAssertEqual(VisitTargetKind.townPostDepartment.visitorRoles, [.adminHR])
        XCTAssertEqual(VisitTargetKind.healthBureau.visitorRoles, [.chair, .viceChair])
        XCTAssertEqual(VisitTargetKind(text: "残联"), .disabledPersonsFederation)
    }
}
