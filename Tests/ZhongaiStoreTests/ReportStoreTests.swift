import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Monthly reports and summaries in the store (CHK-01, CHK-03, ARC-07): statistics drawn from the records, the
/// review flow, what is final, and the due board's items. "Now" is 2026-03-02 (AccessTestCase).
final class ReportStoreTests: CaseTestCase {
    let march = try! WorkReportPeriod(parsing: "2026-03")
    let february = try! WorkReportPeriod(parsing: "2026-02")

    func complete(_ report: WorkReport, by worker: Worker? = nil, plan: String = "") throws {
        try database.saveWorkReportText(id: report.id, text: WorkReportText(summary: "本月接案一宗并结案",
                                                                             reflections: "需及早联系家属",
                                                                             plan: plan),
                                        as: session(worker ?? frA), at: now)
    }

    /// The monthly items (ARC-07) of the due board for `worker`; the annual summary of 2025, still owed in March,
    /// is left aside.
    func dueItems(_ worker: Worker, on day: CalendarDate? = nil) throws -> [DueItem] {
        try database.writer.read { db in
            let context = try AppDatabase.accessContext(db, session: session(worker), action: .view)
            return try AppDatabase.reportDueItems(db, context: context, today: day ?? today)
        }.filter { $0.rule.contains("ARC-07") }
    }

    func testCHK01_statisticsAreDrawnFromACaseOpenedAndClosedInTheMonth() throws {
        let caseFile = try openedCase()
        let request = try database.requestApproval(caseID: caseFile.id, kind: .close(.goalsAchieved),
                                                   as: session(frA), at: now)
        try database.decide(requestID: request.id, outcome: .approved, as: session(assA), at: now)
        _ = try openedCase(frA2)
        let report = try database.draftWorkReport(workerCode: frA.code, period: march, as: session(frA), at: now)
        XCTAssertEqual(report.state, .draft)
        XCTAssertEqual(report.workerName, "王明")
        XCTAssertEqual(report.statistics.casesOpened, 1, "林晓婷's case is not 王明's")
        XCTAssertEqual(report.statistics.casesClosed, 1)
        XCTAssertEqual(report.statistics.casesReferred, 0)
        XCTAssertEqual(report.statistics.casesOpenAtEnd, 0)
        let earlier = try database.draftWorkReport(workerCode: frA.code, period: february, as: session(frA), at: now)
        XCTAssertEqual(earlier.statistics.casesOpened, 0)
        XCTAssertEqual(earlier.statistics.casesClosed, 0)
    }

    func testCHK01_oneReportPerWorkerAndMonth() throws {
        let first = try database.draftWorkReport(workerCode: frA.code, period: march, as: session(frA), at: now)
        let again = try database.draftWorkReport(workerCode: frA.code.lowercased(), period: march,
                                                 as: session(frA), at: now)
        XCTAssertEqual(first.id, again.id)
        XCTAssertEqual(try count("workReport"), 1)
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO workReport (id, workerCode, kind, period, statistics, createdBy, createdAt, updatedAt)
                VALUES ('x', ?, 'monthly', '2026-03', '{}', ?, '', '')
                """, arguments: [frA.code, frA.code])
        })
    }

    func testCHK01_aFutureMonthIsRefusedAndNothingWritten() throws {
        let refusal = try assertRefused(database, field: "Period", rule: "CHK-01") {
            try database.draftWorkReport(workerCode: frA.code, period: WorkReportPeriod(parsing: "2026-04"),
                                         as: session(frA), at: now)
        }
        XCTAssertEqual(refusal?.arguments, ["2026-04"])
    }

    func testCHK01_aReturnedReportCarriesItsReasonAndGoesBackToDraft() throws {
        let report = try database.draftWorkReport(workerCode: frA.code, period: february, as: session(frA), at: now)
        try assertRefused(database, field: "Work summary", rule: "CHK-01") {
            try database.submitWorkReport(id: report.id, as: session(frA), at: now)
        }
        try complete(report)
        let submitted = try database.submitWorkReport(id: report.id, as: session(frA), at: now)
        XCTAssertEqual(submitted.state, .submitted)
        XCTAssertEqual(submitted.reviewerCode, assA.code)
        XCTAssertEqual(submitted.submittedOn, today)
        XCTAssertThrowsError(try database.approveWorkReport(id: report.id, as: session(frA), at: now),
                             "nobody approves their own report")
        XCTAssertThrowsError(try database.approveWorkReport(id: report.id, as: session(supB), at: now),
                             "another chain's supervisor does not decide")
        try assertRefused(database, field: "Reason", rule: "CHK-01") {
            try database.returnWorkReport(id: report.id, reason: "  ", as: session(assA), at: now)
        }
        let returned = try database.returnWorkReport(id: report.id, reason: "请补充家访记录", as: session(assA), at: now)
        XCTAssertEqual(returned.state, .draft)
        XCTAssertNil(returned.reviewerCode)
        XCTAssertEqual(returned.returnReason, "请补充家访记录")
        XCTAssertEqual(returned.reviews.map(\.event), [.submitted, .returned])
        try complete(report)
        try database.submitWorkReport(id: report.id, as: session(frA), at: now)
        let approved = try database.approveWorkReport(id: report.id, as: session(traA), at: now)
        XCTAssertEqual(approved.state, .approved)
        XCTAssertEqual(approved.approvedBy, traA.code)
        XCTAssertEqual(approved.reviews.map(\.event), [.submitted, .returned, .submitted, .approved])
        XCTAssertEqual(try count("workReportReview"), 4)
    }

    func testCHK01_anApprovedReportIsFinalAndNeverDeleted() throws {
        let report = try database.draftWorkReport(workerCode: frA.code, period: february, as: session(frA), at: now)
        try complete(report)
        try database.submitWorkReport(id: report.id, as: session(frA), at: now)
        try database.approveWorkReport(id: report.id, as: session(assA), at: now)
        try assertRefused(database, field: "Report", rule: "CHK-01") {
            try database.saveWorkReportText(id: report.id, text: WorkReportText(summary: "改"), as: session(frA), at: now)
        }
        try assertRefused(database, field: "Report", rule: "CHK-01") {
            try database.returnWorkReport(id: report.id, reason: "再看", as: session(assA), at: now)
        }
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE workReport SET summary = 'x' WHERE id = ?", arguments: [report.id])
        }) { XCTAssertTrue("\($0)".contains("approved report is final"), "\($0)") }
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "DELETE FROM workReport WHERE id = ?", arguments: [report.id])
        }) { XCTAssertTrue("\($0)".contains("never deleted"), "\($0)") }
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "DELETE FROM workReportReview")
        })
    }

    func testCHK01_statisticsAreFrozenAtSubmissionAndRefreshedWhileADraft() throws {
        let report = try database.draftWorkReport(workerCode: frA.code, period: march, as: session(frA), at: now)
        XCTAssertEqual(report.statistics.casesOpened, 0)
        _ = try openedCase()
        let refreshed = try database.refreshWorkReportStatistics(id: report.id, as: session(frA), at: now)
        XCTAssertEqual(refreshed.statistics.casesOpened, 1)
        try complete(report)
        try database.submitWorkReport(id: report.id, as: session(frA), at: now)
        _ = try openedCase()
        XCTAssertEqual(try database.workReport(id: report.id, as: session(frA), at: now).statistics.casesOpened, 1)
        try assertRefused(database, field: "Report", rule: "CHK-01") {
            try database.refreshWorkReportStatistics(id: report.id, as: session(frA), at: now)
        }
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE workReport SET statistics = '{}' WHERE id = ?", arguments: [report.id])
        }) { XCTAssertTrue("\($0)".contains("as it was submitted"), "\($0)") }
    }

    func testCHK01_reportsAreReadThroughTheAccessPolicyAndExportsAreLogged() throws {
        let report = try database.draftWorkReport(workerCode: frA.code, period: march, as: session(frA), at: now)
        XCTAssertEqual(try database.workReports(as: session(assA), at: now).map(\.id), [report.id])
        XCTAssertEqual(try database.workReports(as: session(frA2), at: now), [])
        XCTAssertThrowsError(try database.workReport(id: report.id, as: session(frB1), at: now)) {
            XCTAssertTrue($0 is AccessDenied, "\($0)")
        }
        _ = try database.workReport(id: report.id, as: session(frA), for: .export, at: now)
        let exported = try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditEntry WHERE action = 'export' AND recordID = ?",
                             arguments: [report.id])
        }
        XCTAssertEqual(exported, 1)
    }

    func testARC07_lastMonthsReportIsDueByTheFifthMissingOrDraftAndThenTheReviewersItem() throws {
        try database.writer.write { db in
            try db.execute(sql: "UPDATE worker SET postTypeCode = 'community' WHERE code IN (?, ?)",
                           arguments: [frA.code, frA2.code])
        }
        let missing = try XCTUnwrap(try dueItems(frA).first { $0.subject.id == "\(frA.code):2026-02" })
        XCTAssertEqual(missing.rule, "CHK-01, ARC-07")
        XCTAssertEqual(missing.clauses.count, 2)
        XCTAssertTrue(missing.clauses[1].contains("档案接收制度"), missing.clauses[1])
        XCTAssertEqual(missing.dueOn, try CalendarDate(parsing: "2026-02-28"))
        XCTAssertEqual(missing.overdueAfter, try CalendarDate(parsing: "2026-03-05"))
        XCTAssertEqual(missing.status, .dueSoon)
        XCTAssertEqual(missing.ownerCode, frA.code)
        XCTAssertEqual(try dueItems(frA).count, 1, "only 王明's own: 林晓婷 is not in his reach")
        XCTAssertEqual(Set(try dueItems(assA).map(\.ownerCode)), [frA.code, frA2.code])
        XCTAssertEqual(try dueItems(frB1), [], "a worker without a post owes nothing here")
        func annual() throws -> DueItem? {
            try database.writer.read { db in
                try AppDatabase.reportDueItems(db, context: AppDatabase.accessContext(db, session: session(frA),
                                                                                      action: .view), today: today)
            }.first { $0.rule == "CHK-03" }
        }
        XCTAssertNil(try annual(), "2025's summary was due before 王明's account was made: handed in on paper")
        try database.writer.write { db in
            try db.execute(sql: "UPDATE account SET createdAt = '2025-06-01T01:00:00.000Z' WHERE workerCode = ?",
                           arguments: [frA.code])
        }
        XCTAssertEqual(try annual()?.subject.id, "\(frA.code):2025", "last year's annual summary is owed until it is in")
        XCTAssertEqual(try annual()?.status, .overdue)

        let report = try database.draftWorkReport(workerCode: frA.code, period: february, as: session(frA), at: now)
        XCTAssertEqual(try dueItems(frA).first?.subject.id, report.id)
        try complete(report)
        try database.submitWorkReport(id: report.id, as: session(frA), at: now)
        XCTAssertEqual(try dueItems(frA), [])
        let review = try XCTUnwrap(try dueItems(assA).first { $0.subject.id == report.id })
        XCTAssertEqual(review.title, "Review the monthly report")
        XCTAssertEqual(review.ownerCode, assA.code)
        XCTAssertEqual(try dueItems(frA, on: try CalendarDate(parsing: "2026-03-06")), [])
        let lateForLin = try dueItems(assA, on: try CalendarDate(parsing: "2026-03-06"))
            .first { $0.ownerCode == frA2.code }
        XCTAssertEqual(lateForLin?.status, .overdue)
    }

    func testCHK03_theHalfYearSummaryDrawsItsPeriodAndGoesInWithItsPlan() throws {
        _ = try openedCase()
        let half = try database.draftWorkReport(workerCode: frA.code, period: WorkReportPeriod(parsing: "2026-H1"),
                                                as: session(frA), at: now)
        XCTAssertEqual(half.kind, .halfYear)
        XCTAssertEqual(half.statistics.casesOpened, 1)
        try complete(half)
        try assertRefused(database, field: "Plan", rule: "CHK-03") {
            try database.submitWorkReport(id: half.id, as: session(frA), at: now)
        }
        try complete(half, plan: "下半年开展两个小组")
        XCTAssertEqual(try database.submitWorkReport(id: half.id, as: session(frA), at: now).state, .submitted)
        try assertRefused(database, field: "Period", rule: "CHK-03") {
            try database.draftWorkReport(workerCode: frA.code, period: WorkReportPeriod(parsing: "2027"),
                                         as: session(frA), at: now)
        }
    }

    func testARC07_theDueBoardShowsTheMissingReportUnderItsKey() throws {
        try database.writer.write { db in
            try db.execute(sql: "UPDATE worker SET postTypeCode = 'community' WHERE code = ?", arguments: [frA.code])
        }
        let board = try database.dueItems(as: session(frA), at: now).filter { $0.subject.kind == .report }
        XCTAssertTrue(board.contains { $0.subject.id == "\(frA.code):2026-02" && $0.rule == "CHK-01, ARC-07" }, "\(board)")
        let key = try XCTUnwrap(WorkReport.parseKey("\(frA.code):2026-02"))
        let drafted = try database.draftWorkReport(workerCode: key.workerCode, period: key.period, as: session(frA),
                                                   at: now)
        XCTAssertTrue(try database.dueItems(as: session(frA), at: now).contains { $0.subject.id == drafted.id })
    }
}
