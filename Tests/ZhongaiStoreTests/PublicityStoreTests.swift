import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Rule IND-01: outreach (外展宣传, 次) and newsletters (服务简报, 期), each counted once for its worker in its month.
final class PublicityStoreTests: AccessTestCase {
    func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    func tally() throws -> IndicatorTally {
        try database.writer.read { try AppDatabase.volunteerIndicatorTally($0, year: 2026) }
    }

    func testIND01_outreachAndNewslettersArePerWorkerAndMonth() throws {
        for date in ["2026-01-05", "2026-01-20", "2026-03-01"] {
            try database.recordOutreach(OutreachDraft(heldOn: day(date), place: "南社村文化广场", theme: "防诈骗宣传",
                                                      peopleReached: 80), as: session(frA), at: now)
        }
        try database.recordOutreach(OutreachDraft(heldOn: day("2026-02-14"), place: "虎门广场", theme: "妇女维权",
                                                  peopleReached: 30, workerCode: frB2.code), as: session(assB), at: now)
        try database.recordNewsletter(NewsletterDraft(issue: "2026年第1期", title: "茶山残联社工简报",
                                                      publishedOn: day("2026-01-31")), as: session(frA), at: now)
        try database.recordNewsletter(NewsletterDraft(issue: "2026年第2期", title: "茶山残联社工简报",
                                                      publishedOn: day("2026-02-28")), as: session(frA2), at: now)
        try database.recordNewsletter(NewsletterDraft(issue: "2025年第12期", title: "茶山残联社工简报",
                                                      publishedOn: day("2025-12-31")), as: session(frA), at: now)
        let counts = try tally()
        XCTAssertEqual(counts.monthly(worker: frA.code, indicator: .outreach), [2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(counts.monthly(worker: frB2.code, indicator: .outreach)[1], 1, "counted for its worker")
        XCTAssertEqual(counts.total(worker: assB.code, indicator: .outreach), 0)
        XCTAssertEqual(counts.monthly(worker: frA.code, indicator: .newsletter), [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(counts.total(worker: frA2.code, indicator: .newsletter), 1)

        XCTAssertEqual(try database.outreachEvents(year: 2026, as: session(frA), at: now).count, 3)
        XCTAssertEqual(try database.outreachEvents(year: 2026, as: session(sd), at: now).count, 4)
        XCTAssertEqual(try database.newsletters(as: session(assA), at: now).map(\.issue),
                       ["2026年第2期", "2026年第1期", "2025年第12期"], "latest first, the supervisees' included")
        XCTAssertEqual(try lastAudit()?.action, .list)
    }

    func testIND01_badPublicityIsRefusedAndWritesNothing() throws {
        try database.recordNewsletter(NewsletterDraft(issue: "2026年第1期", title: "简报", publishedOn: today),
                                      as: session(frA), at: now)
        try assertRefused(database, field: "Title", rule: "IND-01") {
            _ = try database.recordNewsletter(NewsletterDraft(issue: "2026年第2期", title: " ", publishedOn: today),
                                              as: session(frA), at: now)
        }
        try assertRefused(database, field: "Issue", rule: "IND-01") {
            _ = try database.recordNewsletter(NewsletterDraft(issue: "2026年第1期", title: "简报", publishedOn: today),
                                              as: session(frA2), at: now)
        }
        try assertRefused(database, field: "Outreach date", rule: "IND-01") {
            _ = try database.recordOutreach(OutreachDraft(heldOn: today.adding(days: 1), place: "广场", theme: "宣传",
                                                          peopleReached: 10), as: session(frA), at: now)
        }
        try assertRefused(database, field: "People reached", rule: "IND-01") {
            _ = try database.recordOutreach(OutreachDraft(heldOn: today, place: "广场", theme: "宣传", peopleReached: 0),
                                            as: session(frA), at: now)
        }
        try assertRefused(database, field: "Worker") {
            _ = try database.recordOutreach(OutreachDraft(heldOn: today, place: "广场", theme: "宣传", peopleReached: 3,
                                                          workerCode: "NOBODY"), as: session(frA), at: now)
        }
        XCTAssertEqual(try tally().total(worker: frA.code, indicator: .newsletter), 1)
        XCTAssertEqual(try tally().total(worker: frA.code, indicator: .outreach), 0)
        XCTAssertThrowsError(try database.writer.write { db in try db.execute(sql: "DELETE FROM newsletter") })
    }
}
