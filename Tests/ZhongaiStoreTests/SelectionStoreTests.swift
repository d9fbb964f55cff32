import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// A selection round through the store: nominations (SEL-01), public notices and objections (SEL-04), scores
/// (SEL-02, SEL-03), promotion with ROLE-02, and who may do it.
final class SelectionStoreTests: AccessTestCase {
    private var round: SelectionRound!

    private func day(_ offset: Int) -> Date { now.addingTimeInterval(Double(offset) * 86_400) }
    private func date(_ offset: Int) -> CalendarDate { today.adding(days: offset) }
    private func points(_ text: String) -> SelectionPoints { try! SelectionPoints(parsing: text, field: "score") }

    private func form(days: Int = 250) -> RegistrationForm {
        RegistrationForm(education: .bachelor, studyField: .socialWork, qualification: .assistantSocialWorker,
                         continuingEducationMet: true, registrationValidUntil: date(365),
                         serviceYears: [ServiceYear(year: 2025, daysWorked: days, assessment: .competent)])
    }

    override func setUpWithError() throws {
        try super.setUpWithError()
        round = try database.openSelectionRound(
            SelectionRoundDraft(title: "2026年督导助理选拔", target: .assistantSupervisor, openedOn: today,
                                panelCodes: [chair.code, sd.code, hr.code]), as: session(hr), at: now)
    }

    /// Nominates `worker`, publishes the list today and moves past its week of notice; returns the nomination id.
    private func nominateAndPublish(_ workers: [Worker] = []) throws -> [Int64] {
        let ids = try (workers.isEmpty ? [frA!] : workers).map {
            try database.nominate(NominationDraft(workerCode: $0.code, source: .selfNomination, form: form()),
                                  roundID: round.id, as: session(hr), at: now).id
        }
        try database.publishCandidateList(roundID: round.id, on: today, as: session(hr), at: now)
        return ids
    }

    func testSEL01_eligibleNomineeIsKeptWithConditionsAndClauses() throws {
        let nomination = try database.nominate(NominationDraft(workerCode: frA.code, source: .supervisor,
                                                               nominatedBy: assA.code, form: form()),
                                               roundID: round.id, as: session(hr), at: now)
        XCTAssertEqual(nomination.eligibility.route, .regular)
        XCTAssertTrue(nomination.eligibility.conditions.allSatisfy(\.passed))
        let detail = try database.selectionRound(id: round.id, as: session(hr), at: now)
        XCTAssertEqual(detail.nominations.map(\.workerCode), [frA.code])
        XCTAssertEqual(detail.stage, .nominating)
    }

    func testSEL01_ineligibleNomineeIsRefusedAndNothingIsWritten() throws {
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.nominate(NominationDraft(workerCode: frA.code, source: .selfNomination,
                                                                   form: form(days: 200)),
                                                   roundID: round.id, as: session(hr), at: now)) { error in
            let refusal = error as? ValidationError
            XCTAssertEqual(refusal?.rule, "SEL-01")
            XCTAssertEqual(refusal?.description,
                           "Eligibility: 王明 is not eligible: “Years of service” (第三章 一(二)3) is not met [SEL-01]")
        }
        // An assistant supervisor is not nominated to be one.
        XCTAssertThrowsError(try database.nominate(NominationDraft(workerCode: assA.code, source: .selfNomination,
                                                                   form: form()),
                                                   roundID: round.id, as: session(hr), at: now))
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testSEL01_colleaguesNominationNeedsThirtyPercentOfTheSocialWorkers() throws {
        // Seven social workers (frA, frA2, frB1, frB2, assA, assB, traA): 30 % is three colleagues.
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.nominate(NominationDraft(workerCode: frA.code, source: .colleagues,
                                                                   nominatedBy: "\(frA2.code),\(frB1.code)", form: form()),
                                                   roundID: round.id, as: session(hr), at: now)) {
            XCTAssertEqual(($0 as? ValidationError)?.description,
                           "Recommended by: a colleagues' nomination needs 3 of the 7 social workers (30%); 2 named [SEL-01]")
        }
        XCTAssertThrowsError(try database.nominate(NominationDraft(workerCode: frA.code, source: .colleagues,
                                                                   nominatedBy: "\(frA2.code),\(hr.code),\(frB1.code)",
                                                                   form: form()),
                                                   roundID: round.id, as: session(hr), at: now))
        XCTAssertEqual(try dumpWithoutAudit(), before)
        let nomination = try database.nominate(NominationDraft(workerCode: frA.code, source: .colleagues,
                                                               nominatedBy: "\(frA2.code)、\(frB1.code)、\(frB2.code)",
                                                               form: form()),
                                               roundID: round.id, as: session(hr), at: now)
        XCTAssertEqual(nomination.source, .colleagues)
    }

    func testSEL02_writtenScoreOutOfRangeAndInterviewerOffThePanelAreRefused() throws {
        let id = try nominateAndPublish()[0]
        let scoring = day(7)
        XCTAssertThrowsError(try database.recordWrittenScore(nominationID: id, score: points("100.5"), as: session(hr),
                                                             at: scoring))
        // Before the week of notice ends, no scores.
        XCTAssertThrowsError(try database.recordWrittenScore(nominationID: id, score: points("80"), as: session(hr),
                                                             at: day(6)))
        try database.recordWrittenScore(nominationID: id, score: points("80"), as: session(hr), at: scoring)
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.recordInterviewScore(nominationID: id, interviewerCode: supA.code,
                                                               score: points("90"), as: session(hr), at: scoring)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "SEL-02")
        }
        XCTAssertThrowsError(try database.recordInterviewScore(nominationID: id, interviewerCode: chair.code,
                                                               score: points("101"), as: session(hr), at: scoring))
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testSEL02_at59Point5NoInterviewAt60Interview() throws {
        let ids = try nominateAndPublish([frA, frA2])
        let scoring = day(7)
        try database.recordWrittenScore(nominationID: ids[0], score: points("59.5"), as: session(hr), at: scoring)
        try database.recordWrittenScore(nominationID: ids[1], score: points("60"), as: session(hr), at: scoring)
        XCTAssertThrowsError(try database.recordInterviewScore(nominationID: ids[0], interviewerCode: chair.code,
                                                               score: points("90"), as: session(hr), at: scoring))
        try database.recordInterviewScore(nominationID: ids[1], interviewerCode: chair.code, score: points("90"),
                                          as: session(hr), at: scoring)
        let ranking = try database.selectionRound(id: round.id, as: session(hr), at: scoring).ranking
        XCTAssertEqual(ranking.map(\.sheet.workerCode), [frA2.code, frA.code])
        XCTAssertEqual(ranking.map(\.sheet.status), [.interviewIncomplete, .failedWrittenTest])
        XCTAssertEqual(ranking[0].sheet.total?.description, "45")
    }

    func testSEL03_bonusItemWithoutEvidenceIsRefusedAndCapsApply() throws {
        let id = try nominateAndPublish()[0]
        let scoring = day(7)
        try database.recordWrittenScore(nominationID: id, score: points("80"), as: session(hr), at: scoring)
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.addBonusItem(BonusItem(kind: .doctorate, subject: "博士", evidence: ""),
                                                       nominationID: id, as: session(hr), at: scoring)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "SEL-03")
        }
        XCTAssertEqual(try dumpWithoutAudit(), before)
        for year in ["2022", "2023", "2024", "2025"] {
            try database.addBonusItem(BonusItem(kind: .excellentAppraisal, subject: year, evidence: "考核表"),
                                      nominationID: id, as: session(hr), at: scoring)
        }
        let sheet = try database.selectionRound(id: round.id, as: session(hr), at: scoring).sheet(for: id)!
        XCTAssertEqual(sheet.bonus.total.description, "15")
    }

    func testSEL04_objectionGoesToSecondReviewAndUpheldDisqualifies() throws {
        let ids = try nominateAndPublish([frA, frA2])
        let objection = try database.recordObjection(nominationID: ids[0], text: "服务天数有误", on: date(3),
                                                     as: session(hr), at: day(3))
        XCTAssertThrowsError(try database.recordObjection(nominationID: ids[1], text: "晚了", on: date(7),
                                                          as: session(hr), at: day(7)))
        var detail = try database.selectionRound(id: round.id, as: session(hr), at: day(3))
        XCTAssertEqual(detail.nomination(ids[0])?.status, .underReview)
        XCTAssertEqual(detail.stage, .candidatePublicity)
        // Results cannot be published while the review is pending.
        try database.decideObjection(id: objection, decision: .upheld, note: "核实天数不足", as: session(hr), at: day(4))
        XCTAssertThrowsError(try database.decideObjection(id: objection, decision: .dismissed, note: "再议",
                                                          as: session(hr), at: day(4)))
        detail = try database.selectionRound(id: round.id, as: session(hr), at: day(7))
        XCTAssertEqual(detail.nomination(ids[0])?.status, .disqualified)
        XCTAssertEqual(detail.ranking.map(\.sheet.workerCode), [frA2.code])
        XCTAssertEqual(detail.deadlines.first?.date, date(6))
    }

    func testSEL04_wholeRoundToPromotionWithROLE02() throws {
        let ids = try nominateAndPublish([frA, frA2])
        let scoring = day(8)
        for (id, written) in zip(ids, ["80", "70"]) {
            try database.recordWrittenScore(nominationID: id, score: points(written), as: session(hr), at: scoring)
            for member in [chair!, sd!, hr!] {
                try database.recordInterviewScore(nominationID: id, interviewerCode: member.code, score: points("80"),
                                                  as: session(hr), at: scoring)
            }
        }
        try database.publishResults(roundID: round.id, on: date(9), as: session(hr), at: day(9))
        // SEL-04: the scores are final once published.
        XCTAssertThrowsError(try database.recordWrittenScore(nominationID: ids[0], score: points("90"), as: session(hr),
                                                             at: day(10)))
        XCTAssertThrowsError(try database.confirmPromotion(nominationID: ids[0], supervisorCode: nil, as: session(admin),
                                                           at: day(22)))
        // 行政人事部 runs the round, but a change of role needs manageAccounts (updateWorker).
        XCTAssertThrowsError(try database.confirmPromotion(nominationID: ids[0], supervisorCode: nil, as: session(hr),
                                                           at: day(23))) { XCTAssertTrue($0 is AccessDenied) }
        let check = try database.confirmPromotion(nominationID: ids[0], supervisorCode: traA.code, as: session(admin),
                                                  at: day(23))
        XCTAssertEqual(try database.worker(code: frA.code)?.role, .assistantSupervisor)
        XCTAssertEqual(try database.worker(code: frA.code)?.supervisorCode, traA.code)
        // 3 frontline workers left for 3 assistant supervisors: past one per 12.
        XCTAssertEqual(check.warnings.map(\.description),
                       ["3 assistant supervisors for 3 frontline workers: ROLE-02 provides one per 12, so 1"])
        let detail = try database.selectionRound(id: round.id, as: session(hr), at: day(23))
        XCTAssertEqual(detail.stage, .concluded)
        XCTAssertEqual(detail.nomination(ids[0])?.promotedOn, date(23))
        XCTAssertThrowsError(try database.confirmPromotion(nominationID: ids[0], supervisorCode: nil, as: session(admin),
                                                           at: day(24)))
    }

    func testSEL04_whoMayRunAndReadARound() throws {
        XCTAssertThrowsError(try database.openSelectionRound(
            SelectionRoundDraft(title: "x", target: .traineeSupervisor, openedOn: today, panelCodes: [chair.code]),
            as: session(frA), at: now)) { XCTAssertTrue($0 is AccessDenied) }
        XCTAssertEqual(try database.selectionRound(id: round.id, as: session(chair), at: now).round.title,
                       "2026年督导助理选拔")
        XCTAssertEqual(try database.selectionRounds(as: session(sd), at: now).count, 1)
        XCTAssertThrowsError(try database.selectionRound(id: round.id, as: session(frA), at: now)) {
            XCTAssertTrue($0 is AccessDenied)
        }
        XCTAssertEqual(try database.selectionRounds(as: session(frA), at: now).count, 0)
        XCTAssertThrowsError(try database.nominate(NominationDraft(workerCode: frA.code, source: .selfNomination,
                                                                   form: form()),
                                                   roundID: round.id, as: session(chair), at: now)) {
            XCTAssertTrue($0 is AccessDenied)
        }
    }
}
