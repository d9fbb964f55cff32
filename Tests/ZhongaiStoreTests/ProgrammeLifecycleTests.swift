import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// After the sessions: feedback (GRP-05, IND-02), the report and its review (GRP-06), the archive checklist and
/// archiving (GRP-07, GRP-08), the deadlines (C1–C3) and the classification by participants (IND-05).
final class ProgrammeLifecycleTests: ProgrammeTestCase {
    /// 2026-04-08, the day of the second (last) session of `approvedGroup`.
    var lastSessionDay: Date { later(days: 37) }

    func scores(_ score: Int) -> [FeedbackItem: Int] {
        Dictionary(uniqueKeysWithValues: FeedbackItem.allCases.map { ($0, score) })
    }

    func report() -> ProgrammeReport {
        ProgrammeReport(aimsAchieved: "组员学会三种情绪管理方法", process: "共两节，按计划进行", evaluation: "出席率高",
                        memberFollowUp: "组员陈小红转介个案跟进",
                        expenses: [BudgetLine(item: "物资", amount: MoneyAmount(fen: 11_000)),
                                   BudgetLine(item: "交通", amount: MoneyAmount(fen: 2_000))])
    }

    func testGRP05_feedbackOncePerParticipantFromTheLastSession() throws {
        let group = try approvedGroup()
        let member = try database.register(registrationDraft("陈小红"), in: group.id, as: session(frA), at: now)
        let form = FeedbackDraft(registrationID: member.id, scores: scores(5), comments: "很有收获",
                                 filledOn: day("2026-04-01"))
        try assertRefused(field: "Filled on", rule: "GRP-05") {
            _ = try database.recordFeedback(form, in: group.id, as: session(frA), at: later(days: 30))
        }
        var onTheDay = form
        onTheDay.filledOn = day("2026-04-08")
        _ = try database.recordFeedback(onTheDay, in: group.id, as: session(frA), at: lastSessionDay)
        try assertRefused(field: "Participant", rule: "GRP-05") {
            _ = try database.recordFeedback(onTheDay, in: group.id, as: session(frA), at: lastSessionDay)
        }
        var partial = onTheDay
        partial.scores[.overall] = nil
        try assertRefused(field: "Overall", rule: "GRP-05") {
            _ = try database.recordFeedback(partial, in: group.id, as: session(frA), at: lastSessionDay)
        }
        partial.scores[.overall] = 6
        try assertRefused(field: "Overall", rule: "GRP-05") {
            _ = try database.recordFeedback(partial, in: group.id, as: session(frA), at: lastSessionDay)
        }
    }

    func testIND02_satisfactionPerItemFlaggedBelowEightyPercent() throws {
        let group = try approvedGroup()
        // Five participants: four satisfied with everything; one gives 3 for the arrangement (80%: not flagged),
        // and two give 3 for the worker (60%: flagged).
        var members: [Registration] = []
        for (index, name) in ["甲", "乙", "丙", "丁", "戊"].enumerated() {
            members.append(try database.register(registrationDraft("陈" + name, phone: "1380000000\(index)"),
                                                 in: group.id, as: session(frA), at: now))
        }
        for (index, member) in members.enumerated() {
            var given = scores(index == 0 ? 4 : 5)
            if index == 1 { given[.arrangement] = 3 }
            if index >= 3 { given[.workerPerformance] = 2 }
            try database.recordFeedback(FeedbackDraft(registrationID: member.id, scores: given,
                                                      filledOn: day("2026-04-08")),
                                        in: group.id, as: session(frA), at: lastSessionDay)
        }
        let summary = try database.programmeSatisfaction(id: group.id, as: session(assA), at: lastSessionDay)
        XCTAssertEqual(summary.forms, 5)
        let arrangement = summary.items.first { $0.item == .arrangement }
        XCTAssertEqual(arrangement?.percent, 80)
        XCTAssertEqual(arrangement?.isBelowThreshold, false)
        XCTAssertEqual(summary.flagged.map(\.item), [.workerPerformance])
        XCTAssertEqual(summary.flagged.first?.percent, 60)
    }

    func testGRP06_GRP07_GRP08_reportReviewedThenArchivedWhenEveryItemIsTicked() throws {
        let group = try approvedGroup()
        try assertRefused(field: "Report", rule: "GRP-06") {
            _ = try database.saveReport(report(), for: group.id, as: session(frA), at: later(days: 33))
        }
        try assertRefused(field: "Follow-up of members", rule: "GRP-06") {
            var missing = report()
            missing.memberFollowUp = ""
            _ = try database.saveReport(missing, for: group.id, as: session(frA), at: lastSessionDay)
        }
        try database.saveReport(report(), for: group.id, as: session(frA), at: lastSessionDay)
        let detail = try database.programme(id: group.id, as: session(frA), at: lastSessionDay)
        XCTAssertEqual(detail.finance, [FinanceLine(item: "物资", budgeted: MoneyAmount(fen: 12_050),
                                                    spent: MoneyAmount(fen: 11_000)),
                                        FinanceLine(item: "茶点", budgeted: MoneyAmount(fen: 8_000), spent: nil),
                                        FinanceLine(item: "交通", budgeted: nil, spent: MoneyAmount(fen: 2_000))])
        try database.submitReport(programmeID: group.id, as: session(frA), at: lastSessionDay)
        try database.returnReport(programmeID: group.id, comment: "补充照片", as: session(assA), at: lastSessionDay)
        try database.saveReport(report(), for: group.id, as: session(frA), at: lastSessionDay)
        try database.submitReport(programmeID: group.id, as: session(frA), at: lastSessionDay)
        try assertRefused(field: "Archive", rule: "GRP-07") {
            _ = try database.tickArchiveItem(.plan, for: group.id, as: session(frA), at: lastSessionDay)
        }
        XCTAssertThrowsError(try database.approveReport(programmeID: group.id, as: session(frA), at: lastSessionDay))
        try database.approveReport(programmeID: group.id, as: session(assA), at: lastSessionDay)
        let checklist = ProgrammeArchiveDocument.checklist(isGroup: true, hasFixedMembers: true)
        XCTAssertEqual(checklist, [.plan, .registrationForm, .rollCall, .groupRecord, .feedbackForms, .report,
                                   .pressRelease, .attachmentList])
        try assertRefused(field: "Archive", rule: "GRP-08") {
            _ = try database.tickArchiveItem(.signInSheet, for: group.id, as: session(frA), at: lastSessionDay)
        }
        for document in checklist.dropLast() {
            try database.tickArchiveItem(document, for: group.id, as: session(frA), at: lastSessionDay)
        }
        try assertRefused(field: "Archive", rule: "GRP-08") {
            _ = try database.tickArchiveItem(.plan, for: group.id, as: session(frA), at: lastSessionDay)
        }
        try assertRefused(field: "Archive", rule: "GRP-08") {
            _ = try database.archiveProgramme(programmeID: group.id, as: session(frA), at: lastSessionDay)
        }
        let ticked = try database.tickArchiveItem(.attachmentList, for: group.id, as: session(frA), at: lastSessionDay)
        XCTAssertTrue(ticked.allSatisfy { $0.tickedBy == frA.code })
        let archived = try database.archiveProgramme(programmeID: group.id, as: session(frA), at: lastSessionDay)
        XCTAssertEqual(archived.stage, .archived)
        let final = try database.programme(id: group.id, as: session(frA), at: lastSessionDay)
        XCTAssertEqual(final.reviews.map(\.event), [.submitted, .approved, .submitted, .returned, .submitted, .approved])
        XCTAssertTrue(final.deadlines.isEmpty)
        try assertRefused(field: "Session", rule: "GRP-01") {
            _ = try database.addSession(sessionDraft("2026-04-20"), to: group.id, as: session(frA), at: lastSessionDay)
        }
    }

    func testGRP08_activityChecklistFollowsTheActivityOrder() {
        XCTAssertEqual(ProgrammeArchiveDocument.checklist(isGroup: false, hasFixedMembers: true),
                       [.plan, .registrationForm, .signInSheet, .feedbackForms, .report, .pressRelease, .attachmentList])
        XCTAssertEqual(ProgrammeArchiveDocument.checklist(isGroup: false, hasFixedMembers: false),
                       [.plan, .signInSheet, .feedbackForms, .report, .pressRelease, .attachmentList])
    }

    func testC2_C3_deadlinesOnTheDueBoardWithBothClauses() throws {
        let group = try approvedGroup()
        let planning = try database.createProgramme(activityDraft(), as: session(frA), at: now)
        let due = try database.programmeDeadlines(as: session(frA), at: lastSessionDay)
        let report = try XCTUnwrap(due.first { $0.programmeID == group.id && $0.kind == .report })
        XCTAssertEqual(report.dueOn, day("2026-04-11"))
        XCTAssertEqual(report.overdueAfter, day("2026-04-22"))
        XCTAssertEqual(report.rule, "C2, GRP-06")
        XCTAssertEqual(report.clauses.count, 2)
        XCTAssertTrue(report.clauses[0].contains("三日内"), report.clauses[0])
        XCTAssertTrue(report.clauses[1].contains("两周"), report.clauses[1])
        XCTAssertEqual(report.status, .dueSoon)
        let archive = try XCTUnwrap(due.first { $0.programmeID == group.id && $0.kind == .archive })
        // The last session is in Q2: due 2026-07-20, overdue after 2026-08-20.
        XCTAssertEqual(archive.dueOn, day("2026-07-20"))
        XCTAssertEqual(archive.overdueAfter, day("2026-08-20"))
        XCTAssertEqual(archive.rule, "C3, GRP-07")
        // The lecture on Friday 2026-04-10 is still planning: approval due two weeks before (03-27); on 04-08 it
        // can no longer be approved 5 working days ahead.
        let plan = try XCTUnwrap(due.first { $0.programmeID == planning.id })
        XCTAssertEqual(plan.kind, .planApproval)
        XCTAssertEqual(plan.dueOn, day("2026-03-27"))
        XCTAssertEqual(plan.status, .overdue)
        let overdue = try database.programmeDeadlines(as: session(frA), at: later(days: 52))
        XCTAssertEqual(overdue.first { $0.programmeID == group.id && $0.kind == .report }?.status, .overdue)
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertTrue(try database.programmeDeadlines(as: session(frB1), at: now).isEmpty)
    }

    func testIND05_participantsCountedFromSignInsOnce() throws {
        let lecture = try database.createProgramme(
            ProgrammeDraft(kind: .lecture, title: "防诈骗讲座", startsOn: day("2026-04-10"), endsOn: day("2026-04-10")),
            as: session(frA), at: now)
        let sitting = try database.addSession(sessionDraft("2026-04-10", minutes: 40), to: lecture.id,
                                              as: session(frA), at: now)
        try database.savePlan(plan(), for: lecture.id, as: session(frA), at: now)
        try database.submitPlan(programmeID: lecture.id, as: session(frA), at: now)
        try database.approvePlan(programmeID: lecture.id, as: session(assA), at: now)
        let onTheDay = later(days: 39)
        for index in 0..<30 {
            let person = try database.register(registrationDraft("居民\(index)", phone: "1390000\(1000 + index)",
                                                                 on: "2026-04-10", walkIn: true),
                                               in: lecture.id, as: session(frA), at: onTheDay)
            _ = try database.recordSignIn(sessionID: sitting.id, registrationID: person.id, as: session(frA),
                                          at: onTheDay)
            if index == 0 {
                _ = try database.recordSignIn(sessionID: sitting.id, registrationID: person.id, as: session(frA),
                                              at: onTheDay)
            }
        }
        let counted = try database.programmeClassification(id: lecture.id, as: session(frA), at: onTheDay)
        XCTAssertEqual(counted.participants, 30)
        XCTAssertEqual(counted.countsAs, .lecture)
        XCTAssertEqual(try database.programme(id: lecture.id, as: session(frA), at: onTheDay).participantCount, 30)
    }
}
