import XCTest
import ZhongaiDomain

/// The pure rules of groups and activities: IND-05 classification, money, GRP-03 windows, IND-02 satisfaction.
final class ProgrammeRulesTests: XCTestCase {
    let policy = try! Policy(entries: PolicyKey.allCases.map { key in
        let values: [PolicyKey: Double] = [.largeActivityMinParticipants: 100, .lectureMinParticipants: 30,
                                           .lectureMinMinutes: 40, .workshopMinParticipants: 10,
                                           .registrationOpensEarliestMonths: 1, .registrationOpensLatestWeeks: 2]
        return PolicyEntry(key: key, value: values[key] ?? 1, unit: key.unit, clause: "test")
    })

    func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    func testIND05_ninetyNineIsSmallOneHundredIsLarge() {
        let small = ProgrammeClassification.classify(kind: .largeActivity, participants: 99, sessionMinutes: [120],
                                                     policy: policy)
        XCTAssertEqual(small.countsAs, .smallActivity)
        XCTAssertEqual(small.reason.rule, "IND-05")
        let large = ProgrammeClassification.classify(kind: .smallActivity, participants: 100, sessionMinutes: [120],
                                                     policy: policy)
        XCTAssertEqual(large.countsAs, .largeActivity)
    }

    func testIND05_lectureNeedsThirtyPeopleAndFortyMinutes() {
        XCTAssertNil(ProgrammeClassification.classify(kind: .lecture, participants: 30, sessionMinutes: [39],
                                                      policy: policy).countsAs)
        XCTAssertEqual(ProgrammeClassification.classify(kind: .lecture, participants: 30, sessionMinutes: [40],
                                                        policy: policy).countsAs, .lecture)
        let few = ProgrammeClassification.classify(kind: .lecture, participants: 29, sessionMinutes: [60],
                                                   policy: policy)
        XCTAssertNil(few.countsAs)
        XCTAssertEqual(few.reason.field, "Participants")
    }

    func testIND05_workshopNeedsTen() {
        XCTAssertNil(ProgrammeClassification.classify(kind: .workshop, participants: 9, sessionMinutes: [60],
                                                      policy: policy).countsAs)
        XCTAssertEqual(ProgrammeClassification.classify(kind: .workshop, participants: 10, sessionMinutes: [60],
                                                        policy: policy).countsAs, .workshop)
    }

    func testARC04_kindsAreGroupsOrActivities() {
        XCTAssertEqual(ProgrammeKind.therapeuticGroup.nature, .group)
        XCTAssertEqual(ProgrammeKind.preventiveGroup.nature, .group)
        for kind in [ProgrammeKind.largeActivity, .smallActivity, .lecture, .workshop, .outreach] {
            XCTAssertEqual(kind.nature, .activity)
            XCTAssertFalse(kind.isGroup)
        }
    }

    func testMoneyIsExactInFen() throws {
        XCTAssertEqual(try MoneyAmount(yuan: "120").fen, 12_000)
        XCTAssertEqual(try MoneyAmount(yuan: "120.5").fen, 12_050)
        XCTAssertEqual(try MoneyAmount(yuan: "¥1,200.05").fen, 120_005)
        XCTAssertEqual(MoneyAmount(fen: 12_005).description, "120.05")
        XCTAssertThrowsError(try MoneyAmount(yuan: "12.345"))
        XCTAssertThrowsError(try MoneyAmount(yuan: "-3"))
        XCTAssertThrowsError(try MoneyAmount(yuan: "abc"))
        let lines = [BudgetLine(item: "a", amount: try MoneyAmount(yuan: "0.1")),
                     BudgetLine(item: "b", amount: try MoneyAmount(yuan: "0.2"))]
        XCTAssertEqual(lines.total, try MoneyAmount(yuan: "0.3"))
    }

    func testGRP03_windowOpensBetweenAMonthAndTwoWeeksBefore() throws {
        let start = day("2026-05-15")
        let validate = { (opens: String) in
            try RegistrationWindow(opensOn: self.day(opens), closesOn: self.day("2026-05-10"))
                .validate(startsOn: start, endsOn: start, earliestMonths: 1, latestWeeks: 2)
        }
        XCTAssertThrowsError(try validate("2026-04-14"))
        XCTAssertNoThrow(try validate("2026-04-15"))
        XCTAssertNoThrow(try validate("2026-05-01"))
        XCTAssertThrowsError(try validate("2026-05-02")) { XCTAssertEqual(($0 as? ValidationError)?.rule, "GRP-03") }
    }

    func testIND02_eightyPercentIsEnoughSeventyNineIsNot() {
        let satisfied = ItemSatisfaction(item: .overall, responses: 5, satisfied: 4, thresholdPercent: 80)
        XCTAssertFalse(satisfied.isBelowThreshold)
        let short = ItemSatisfaction(item: .overall, responses: 100, satisfied: 79, thresholdPercent: 80)
        XCTAssertTrue(short.isBelowThreshold)
        XCTAssertFalse(ItemSatisfaction(item: .overall, responses: 0, satisfied: 0, thresholdPercent: 80)
            .isBelowThreshold)
    }

    func testGRP10_outingSafetyRecordChecks() {
        let base = OutingSafety(surveyedOn: day("2026-03-01"), surveyor: "王明", findings: "无危险", route: "A—B")
        XCTAssertNoThrow(try base.validated(today: day("2026-03-02"), firstDay: day("2026-03-10")))
        var future = base
        future.surveyedOn = day("2026-03-05")
        XCTAssertThrowsError(try future.validated(today: day("2026-03-02"), firstDay: day("2026-03-10")))
        var noVehicle = base
        noVehicle.usesVehicles = true
        XCTAssertThrowsError(try noVehicle.validated(today: day("2026-03-02"), firstDay: day("2026-03-10"))) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "GRP-10")
        }
    }
}
