import XCTest
import ZhongaiDomain

/// The annual indicators: targets (IND-01), team totals (IND-03) and conversions (IND-04) at the shipped rates.
final class IndicatorCalculatorTests: XCTestCase {
    var calculator: IndicatorCalculator!

    override func setUpWithError() throws {
        calculator = IndicatorCalculator(policy: try CaseDeadlinesTests.policy())
    }

    /// A post with surpluses and deficits in several categories.
    let targets: [Indicator: Int] = [.professionalCase: 15, .consultation: 30, .visit: 50, .filing: 50,
                                     .largeActivity: 4, .smallActivity: 5, .lectureWorkshop: 3,
                                     .supervision: 24, .training: 6]
    let counts: [Indicator: Int] = [.professionalCase: 20, .consultation: 26, .visit: 48, .filing: 50,
                                    .largeActivity: 6, .smallActivity: 3, .lectureWorkshop: 3,
                                    .supervision: 28, .training: 4]

    /// The counts, all in March.
    func monthly(_ counts: [Indicator: Int]) -> [Indicator: [Int]] {
        counts.mapValues { count in (1...12).map { $0 == 3 ? count : 0 } }
    }

    func line(_ lines: [IndicatorLine], _ indicator: Indicator) -> IndicatorLine {
        lines.first { $0.indicator == indicator }!
    }

    func conversion(_ clause: String, _ from: Indicator, _ fromUnits: Int, _ to: Indicator, _ toUnits: Int)
        -> IndicatorConversion {
        IndicatorConversion(from: from, fromUnits: fromUnits, to: to, toUnits: toUnits, clause: clause)
    }

    func testIND04_ratesGoBothWaysAndWithinAClause() {
        XCTAssertEqual(calculator.rate(clause: "A", from: .professionalCase, to: .consultation)?.toUnits, 2)
        let back = calculator.rate(clause: "A", from: .consultation, to: .professionalCase)
        XCTAssertEqual(back.map { [$0.fromUnits, $0.toUnits] }, [2, 1])
        // 2 consultations = 2 visits: one for one.
        let across = calculator.rate(clause: "A", from: .consultation, to: .visit)
        XCTAssertEqual(across.map { [$0.fromUnits, $0.toUnits] }, [1, 1])
        let training = calculator.rate(clause: "F", from: .supervision, to: .training)
        XCTAssertEqual(training.map { [$0.fromUnits, $0.toUnits] }, [2, 1])
        XCTAssertEqual(calculator.rate(clause: "E", from: .largeActivity, to: .lectureWorkshop)?.toUnits, 2)
        XCTAssertNil(calculator.rate(clause: "A", from: .consultation, to: .training))
        XCTAssertEqual(calculator.clause(from: .professionalCase, to: .largeActivity), "D")
        XCTAssertEqual(calculator.clause(from: .therapeuticGroup, to: .professionalCase), "C")
    }

    func testIND04_conversionArithmeticWithSurplusAndDeficitInSeveralCategories() throws {
        let agreed = [conversion("A", .professionalCase, 2, .consultation, 4),
                      conversion("F", .supervision, 4, .training, 2)]
        let lines = calculator.lines(targets: targets, monthly: monthly(counts), agreed: agreed)
        XCTAssertEqual(line(lines, .professionalCase).raw, 20)
        XCTAssertEqual(line(lines, .professionalCase).converted, 18)
        XCTAssertEqual(line(lines, .professionalCase).surplus, 3)
        XCTAssertEqual(line(lines, .consultation).converted, 30)
        XCTAssertTrue(line(lines, .consultation).meetsTarget)
        XCTAssertEqual(line(lines, .supervision).converted, 24)
        XCTAssertEqual(line(lines, .training).converted, 6)
        XCTAssertEqual(line(lines, .visit).deficit, 2)
        XCTAssertEqual(line(lines, .smallActivity).deficit, 2)
        XCTAssertEqual(line(lines, .largeActivity).surplus, 2)
        XCTAssertEqual(line(lines, .visit).monthly[2], 48)
        // What is left: 1 case for 2 visits, 1 large activity for 2 small ones.
        let proposals = calculator.proposals(lines: lines, allowedClauses: ["A", "E", "F"])
        XCTAssertEqual(proposals, [conversion("A", .professionalCase, 1, .visit, 2),
                                   conversion("E", .largeActivity, 1, .smallActivity, 2)])
        let after = calculator.applying(proposals, to: lines)
        XCTAssertTrue(after.allSatisfy(\.meetsTarget))
        XCTAssertEqual(line(after, .professionalCase).converted, 17)
        XCTAssertEqual(line(after, .largeActivity).converted, 5)
    }

    func testIND04_proposalCoversTwoDeficitsFromOneSurplus() {
        let lines = calculator.lines(targets: targets, monthly: monthly(counts), agreed: [])
        let proposals = calculator.proposals(lines: lines, allowedClauses: ["A", "E", "F"])
        // Case surplus 5 covers 4 consultations (2 cases) and 2 visits (1 case).
        XCTAssertEqual(proposals, [conversion("A", .professionalCase, 2, .consultation, 4),
                                   conversion("A", .professionalCase, 1, .visit, 2),
                                   conversion("E", .largeActivity, 1, .smallActivity, 2),
                                   conversion("F", .supervision, 4, .training, 2)])
        let after = calculator.applying(proposals, to: lines)
        XCTAssertTrue(after.allSatisfy(\.meetsTarget))
        XCTAssertEqual(line(after, .professionalCase).converted, 17)
        XCTAssertGreaterThanOrEqual(line(after, .professionalCase).converted, 15, "the source still meets its target")
    }

    func testIND04_proposalsStayOnAllowedClausesAndWithinSurplus() {
        let lines = calculator.lines(targets: targets, monthly: monthly(counts), agreed: [])
        XCTAssertEqual(calculator.proposals(lines: lines, allowedClauses: []), [])
        XCTAssertEqual(calculator.proposals(lines: lines, allowedClauses: ["F"]),
                       [conversion("F", .supervision, 4, .training, 2)])
        // Only 1 supervision beyond target: no whole training can come of it; the deficit stays.
        var few = counts
        few[.supervision] = 25
        let short = calculator.lines(targets: targets, monthly: monthly(few), agreed: [])
        XCTAssertEqual(calculator.proposals(lines: short, allowedClauses: ["F"]), [])
        XCTAssertEqual(line(short, .training).deficit, 2)
    }

    func testIND04_refusesWhatTheContractForbids() {
        let lines = calculator.lines(targets: targets, monthly: monthly(counts), agreed: [])
        XCTAssertThrowsError(try calculator.validate(conversion("D", .professionalCase, 1, .largeActivity, 2),
                                                     lines: lines, allowedClauses: ["A", "E", "F"])) { error in
            let refusal = error as? ValidationError
            XCTAssertEqual(refusal?.rule, "IND-04")
            XCTAssertTrue(refusal?.description.contains("contract") == true, "\(error)")
        }
        XCTAssertNoThrow(try calculator.validate(conversion("D", .professionalCase, 1, .largeActivity, 2),
                                                 lines: lines, allowedClauses: ["D"]))
    }

    func testIND04_refusesMoreThanTheSurplus() {
        let lines = calculator.lines(targets: targets, monthly: monthly(counts), agreed: [])
        // 28 supervisions against 24: 4 may go, 6 may not.
        XCTAssertNoThrow(try calculator.validate(conversion("F", .supervision, 4, .training, 2), lines: lines,
                                                 allowedClauses: ["F"]))
        XCTAssertThrowsError(try calculator.validate(conversion("F", .supervision, 6, .training, 3), lines: lines,
                                                     allowedClauses: ["F"])) { error in
            XCTAssertEqual((error as? ValidationError)?.rule, "IND-04")
            XCTAssertTrue("\(error)".contains("must still meet"), "\(error)")
        }
        // An indicator in deficit gives nothing.
        XCTAssertThrowsError(try calculator.validate(conversion("A", .consultation, 2, .professionalCase, 1),
                                                     lines: lines, allowedClauses: ["A"]))
    }

    func testIND04_refusesWhatIsNotAWholeMultipleOfTheRate() {
        let lines = calculator.lines(targets: targets, monthly: monthly(counts), agreed: [])
        XCTAssertThrowsError(try calculator.validate(conversion("F", .supervision, 3, .training, 1), lines: lines,
                                                     allowedClauses: ["F"])) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Units")
            XCTAssertEqual((error as? ValidationError)?.rule, "IND-04")
        }
        XCTAssertThrowsError(try calculator.validate(conversion("A", .professionalCase, 1, .consultation, 3),
                                                     lines: lines, allowedClauses: ["A"]))
        XCTAssertThrowsError(try calculator.validate(conversion("A", .professionalCase, 0, .consultation, 0),
                                                     lines: lines, allowedClauses: ["A"]))
        XCTAssertThrowsError(try calculator.validate(conversion("A", .consultation, 2, .training, 1),
                                                     lines: lines, allowedClauses: ["A"])) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Conversion")
        }
        XCTAssertEqual(calculator.conversion(clause: "F", from: .supervision, fromUnits: 6, to: .training)?.toUnits, 3)
        XCTAssertNil(calculator.conversion(clause: "F", from: .supervision, fromUnits: 5, to: .training))
    }

    func testIND01_noTargetIsNotZero() throws {
        // 专业统筹协调类: 治疗性小组 根据实际确定.
        let coordination = PostType(code: "coordination", name: "专业统筹协调类服务",
                                    targets: ["professionalCase": 15, "developmentalGroup": 2])
        let targets = IndicatorCalculator.targets(of: coordination)
        XCTAssertNil(targets[.therapeuticGroup])
        let lines = calculator.lines(targets: targets, monthly: monthly([.therapeuticGroup: 2, .developmentalGroup: 0]),
                                     agreed: [])
        let therapeutic = line(lines, .therapeuticGroup)
        XCTAssertNil(therapeutic.target)
        XCTAssertEqual(therapeutic.deficit, 0, "no target, no deficit")
        XCTAssertTrue(therapeutic.meetsTarget)
        XCTAssertEqual(therapeutic.surplus, 2, "its whole count may be converted")
        XCTAssertEqual(line(lines, .newsletter).deficit, 0)
        XCTAssertEqual(line(lines, .developmentalGroup).deficit, 2)
        // 1 therapeutic group = 2 developmental groups (B), from the count without a target.
        XCTAssertEqual(calculator.proposals(lines: lines, allowedClauses: ["B"]),
                       [conversion("B", .therapeuticGroup, 1, .developmentalGroup, 2)])
        XCTAssertNoThrow(try calculator.validate(conversion("B", .therapeuticGroup, 2, .developmentalGroup, 4),
                                                 lines: lines, allowedClauses: ["B"]))
        XCTAssertTrue(IndicatorCalculator.targets(of: nil).isEmpty)
    }

    func testIND03_teamTotalsAreTargetTimesPosts() {
        let community = PostType(code: "community", name: "社区综合类", targets: ["professionalCase": 15,
                                                                               "therapeuticGroup": 3])
        let coordination = PostType(code: "coordination", name: "专业统筹协调类", targets: ["professionalCase": 15])
        let targets = IndicatorCalculator.teamTargets(posts: [(community, 2), (coordination, 1)])
        XCTAssertEqual(targets[.professionalCase], 45)
        XCTAssertEqual(targets[.therapeuticGroup], 6, "only the posts with a target add to it")
        XCTAssertNil(targets[.newsletter], "no post has a target: the team has none")

        var tally = IndicatorTally()
        tally.add(worker: "WM", indicator: .professionalCase, month: 1, count: 20)
        tally.add(worker: "ZXH", indicator: .professionalCase, month: 2, count: 20)
        tally.add(worker: "LB", indicator: .professionalCase, month: 2, count: 4)
        tally.add(worker: "LB", indicator: .therapeuticGroup, month: 13)
        let monthly = tally.monthly(workers: ["WM", "ZXH", "LB"])
        XCTAssertEqual(monthly[.professionalCase]?.prefix(2), [20, 24])
        XCTAssertNil(monthly[.therapeuticGroup], "month 13 does not exist")
        let sheet = calculator.sheet(subject: .team(servicePointID: 1, name: "茶山"), year: 2026,
                                     postTypeCode: nil, postTypeName: nil, posts: 3, targets: targets,
                                     monthly: monthly, allowedClauses: ["C"], agreed: [], satisfaction: [])
        // 44 cases against 45, and no therapeutic group against 6: one short in cases, 6 short in groups; cases
        // have no surplus to give.
        XCTAssertEqual(sheet.line(.professionalCase)?.deficit, 1)
        XCTAssertEqual(sheet.line(.therapeuticGroup)?.deficit, 6)
        XCTAssertEqual(sheet.proposedConversions, [])
        XCTAssertFalse(sheet.meetsAllTargets)
        XCTAssertEqual(sheet.allowedClauses, ["C"])
        XCTAssertTrue(sheet.conversionsAllowed)
    }

    func testIND02_sheetFlagsItemsBelowThreshold() {
        let sheet = calculator.sheet(subject: .worker(code: "WM", name: "王明"), year: 2026, postTypeCode: nil,
                                     postTypeName: nil, posts: 1, targets: [:], monthly: [:], allowedClauses: [],
                                     agreed: [],
                                     satisfaction: [ItemSatisfaction(item: .content, responses: 10, satisfied: 8,
                                                                     thresholdPercent: 80),
                                                    ItemSatisfaction(item: .overall, responses: 10, satisfied: 7,
                                                                     thresholdPercent: 80)])
        XCTAssertEqual(sheet.satisfactionBelowThreshold.map(\.item), [.overall])
        XCTAssertFalse(sheet.conversionsAllowed)
        XCTAssertEqual(sheet.lines.count, Indicator.allCases.count)
    }
}
