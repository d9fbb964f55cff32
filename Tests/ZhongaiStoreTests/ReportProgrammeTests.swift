import Foundation
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The groups and activities of a monthly report's statistics (CHK-01, IND-05): those of the worker with a
/// session in the month, their kind, how they count and their sessions in the month.
final class ReportProgrammeTests: ProgrammeTestCase {
    func testCHK01_theMonthsGroupsAndActivitiesAreInTheStatistics() throws {
        let group = try approvedGroup()
        let lecture = try database.createProgramme(activityDraft(), as: session(frA), at: now)
        _ = try database.addSession(sessionDraft("2026-04-10", minutes: 39), to: lecture.id, as: session(frA), at: now)
        let otherWorkers = try database.createProgramme(activityDraft(), as: session(frA2), at: now)
        _ = try database.addSession(sessionDraft("2026-04-10"), to: otherWorkers.id, as: session(frA2), at: now)
        let may = later(days: 62)
        let april = try database.draftWorkReport(workerCode: frA.code, period: WorkReportPeriod(parsing: "2026-04"),
                                                 as: session(frA), at: may)
        let lines = april.statistics.programmes
        XCTAssertEqual(lines.map(\.code), [group.code, lecture.code], "林晓婷's lecture is hers")
        XCTAssertEqual(lines[0].kind, .therapeuticGroup)
        XCTAssertEqual(lines[0].countsAs, .therapeuticGroup)
        XCTAssertEqual(lines[0].sessionsInPeriod, 2)
        XCTAssertEqual(lines[1].kind, .lecture)
        XCTAssertNil(lines[1].countsAs, "a lecture without 30 participants counts as none (IND-05)")
        XCTAssertEqual(lines[1].participants, 0)
        XCTAssertEqual(april.statistics.groupsHeld, 1)
        XCTAssertEqual(april.statistics.activitiesHeld, 1)
        let march = try database.draftWorkReport(workerCode: frA.code, period: WorkReportPeriod(parsing: "2026-03"),
                                                 as: session(frA), at: may)
        XCTAssertEqual(march.statistics.programmes, [], "nothing was held in March")
    }
}
