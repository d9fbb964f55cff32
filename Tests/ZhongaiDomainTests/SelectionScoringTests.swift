import XCTest
@testable import ZhongaiDomain

/// SEL-02 and SEL-03: the written test's pass mark, the weights, 附表2's caps, sub-caps, shares and no double
/// counting, and ties in the ranking.
final class SelectionScoringTests: XCTestCase {
    var policy: Policy!

    override func setUpWithError() throws {
        policy = try CaseDeadlinesTests.policy()
    }

    private func points(_ text: String) throws -> SelectionPoints { try SelectionPoints(parsing: text, field: "score") }

    private func item(_ kind: BonusItemKind, _ subject: String, _ contribution: BonusContribution = .principal)
        -> BonusItem {
        BonusItem(kind: kind, contribution: contribution, subject: subject, evidence: "证书复印件")
    }

    private func sheet(written: String?, interviews: [String] = ["80"], items: [BonusItem] = [],
                       code: String = "WM") throws -> ScoreSheet {
        ScoreSheet(nominationID: 1, workerCode: code, workerName: "王明", written: try written.map(points),
                   interviews: try interviews.enumerated().map {
                       InterviewScore(interviewerCode: "I\($0.offset)", interviewerName: "面试官\($0.offset)",
                                      score: try points($0.element))
                   }, panelSize: interviews.count, bonusItems: items, policy: policy)
    }

    func testSEL02_pointsParseAndPrintExactly() throws {
        XCTAssertEqual(try points("59.5").hundredths, 5950)
        XCTAssertEqual(try points("17.85").description, "17.85")
        XCTAssertEqual(try points("60").description, "60")
        XCTAssertEqual(try points("59.5").percent(30).description, "17.85")
        XCTAssertThrowsError(try points("-1"))
        XCTAssertThrowsError(try points("59.555"))
        XCTAssertThrowsError(try points("sixty"))
    }

    func testSEL02_writtenAt59Point5FailsAndHasNoInterview() throws {
        let failed = try sheet(written: "59.5")
        XCTAssertEqual(failed.status, .failedWrittenTest)
        XCTAssertNil(failed.total)
        XCTAssertNil(failed.interviewMean)
        XCTAssertEqual(failed.explanation.map(\.description),
                       ["Written test: 59.5, below the pass mark of 60: no interview"])
    }

    func testSEL02_writtenAt60PassesAndTotalIsWeighted() throws {
        let passed = try sheet(written: "60", interviews: ["80", "85", "90"])
        XCTAssertEqual(passed.status, .complete)
        XCTAssertEqual(passed.writtenWeighted?.description, "18")
        XCTAssertEqual(passed.interviewMean?.description, "85")
        XCTAssertEqual(passed.interviewWeighted?.description, "25.5")
        XCTAssertEqual(passed.total?.description, "43.5")
        XCTAssertEqual(passed.explanation.last?.description, "Total: 18 + 25.5 + 0 = 43.5")
    }

    func testSEL02_interviewMeanRoundsHalfUpToTheHundredth() throws {
        let sheet = try sheet(written: "70", interviews: ["80", "80", "81"])
        XCTAssertEqual(sheet.interviewMean?.description, "80.33")
    }

    func testSEL03_categoryOverItsCapIsCut() throws {
        // 四 研究及宣传成果, cap 20: a national project (15) and a core-journal paper (8) come to 23.
        let sheet = try sheet(written: "80", items: [item(.researchNational, "社区养老研究"),
                                                     item(.paperCoreJournal, "论社工督导")])
        let research = sheet.bonus.category(.research)
        XCTAssertEqual(research.beforeCap.description, "23")
        XCTAssertEqual(research.counted.description, "20")
        XCTAssertEqual(research.cutByCap.description, "3")
        XCTAssertTrue(sheet.explanation.map(\.description).contains(
            "Research and publicity (附表2 四): 23 points, 3 cut by the category cap of 20: 20 counted"))
    }

    func testSEL03_subItemOverItsCapIsCut() throws {
        // 三(1): 5 for each excellent appraisal, up to 15; four of them give 15.
        let items = ["2022", "2023", "2024", "2025"].map { item(.excellentAppraisal, $0) }
        let socialWork = try sheet(written: "80", items: items).bonus.category(.socialWork)
        XCTAssertEqual(socialWork.counted.description, "15")
        XCTAssertEqual(socialWork.lines.last?.outcome, .cutBySubItemCap(SelectionPoints(5)))
        XCTAssertEqual(socialWork.lines.last?.explanation.description,
                       "Excellent annual appraisal “2025”: 5 points, 5 cut by the cap of “Excellent annual appraisals”, 0 counted")
    }

    func testSEL03_serviceAwardsSubCapAndParticipantShare() throws {
        // 三(4), cap 20: 9 + 9 + 5 = 23 → 20; a participant earns 50 %.
        let items = [item(.serviceAwardNationalFirst, "长者关爱项目 2023"),
                     item(.serviceAwardNationalFirst, "青少年项目 2024"),
                     item(.serviceAwardProvincialFirst, "禁毒项目 2024"),
                     item(.serviceAwardCityFirst, "妇女项目 2025", .participant)]
        let socialWork = try sheet(written: "80", items: items).bonus.category(.socialWork)
        XCTAssertEqual(socialWork.lines.map(\.counted.description), ["9", "9", "2", "0"])
        XCTAssertEqual(socialWork.lines[3].earned.description, "1.5")
        XCTAssertEqual(socialWork.counted.description, "20")
    }

    func testSEL03_secondAuthorEarnsThirtyPercent() throws {
        let research = try sheet(written: "80", items: [item(.paperCoreJournal, "论个案管理", .secondAuthor),
                                                        item(.competitionCityThird, "演讲比赛", .teamMember)])
            .bonus.category(.research)
        XCTAssertEqual(research.lines[0].earned.description, "2.4")
        XCTAssertEqual(research.lines[0].explanation.description,
                       "Paper in a core journal “论个案管理”: 8 × 30% (Second author) = 2.4 points")
        XCTAssertEqual(research.lines[1].earned.description, "0.25")
        XCTAssertEqual(research.counted.description, "2.65")
    }

    func testSEL03_noDoubleCountingWithinACategory() throws {
        // 一: only the highest report counts; 四(1): the same research counts once, at its highest level.
        let items = [item(.politicalReportCity, "市级报道"), item(.politicalReportProvincial, "省级报道"),
                     item(.researchCity, "社区研究"), item(.researchProvincial, "社区 研究"),
                     item(.paperCoreJournal, "论督导"), item(.paperCoreJournal, "论督导")]
        let bonus = try sheet(written: "80", items: items).bonus
        XCTAssertEqual(bonus.category(.political).counted.description, "8")
        XCTAssertEqual(bonus.category(.political).lines[0].outcome, .notCountedTwice)
        XCTAssertEqual(bonus.category(.research).lines.map(\.counted.description), ["0", "10", "8", "0"])
        XCTAssertEqual(bonus.total.description, "26")
    }

    func testSEL03_itemWithoutEvidenceOrWrongShareIsRefused() {
        XCTAssertThrowsError(try BonusItem(kind: .doctorate, subject: "博士", evidence: "  ").validated()) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "SEL-03")
        }
        XCTAssertThrowsError(try BonusItem(kind: .doctorate, contribution: .secondAuthor, subject: "博士",
                                           evidence: "学位证").validated())
    }

    func testSEL02_tiesShareAPlace() throws {
        let a = try sheet(written: "80", interviews: ["70"], code: "AA")
        let b = try sheet(written: "70", interviews: ["80"], code: "BB")
        let c = try sheet(written: "90", interviews: ["90"], code: "CC")
        let d = try sheet(written: "50", code: "DD")
        let ranking = SelectionRanking.rank([d, a, b, c])
        XCTAssertEqual(ranking.map(\.sheet.workerCode), ["CC", "AA", "BB", "DD"])
        XCTAssertEqual(ranking.map(\.rank), [1, 2, 2, nil])
        XCTAssertEqual(ranking.map(\.placeText.description), ["1", "2 (tie)", "2 (tie)", "—"])
    }

    func testSEL02_capsComeFromThePolicyTable() throws {
        policy = try CaseDeadlinesTests.policy([.selectionBonusCapResearch: 10, .selectionWrittenPassMark: 50])
        let sheet = try sheet(written: "55", items: [item(.researchNational, "研究")])
        XCTAssertEqual(sheet.status, .complete)
        XCTAssertEqual(sheet.bonus.total.description, "10")
    }
}
