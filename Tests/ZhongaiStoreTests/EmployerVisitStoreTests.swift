import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Employer visits over the store (CHK-05): the list of targets, who visits whom, and the next visit due.
final class EmployerVisitStoreTests: AccessTestCase {
    private func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    private func dueVisits(_ worker: Worker, on date: CalendarDate? = nil) throws -> [DueItem] {
        try database.writer.read { db in
            let context = try AppDatabase.accessContext(db, session: session(worker), action: .view)
            return try AppDatabase.checkDueItems(db, context: context, today: date ?? today)
                .filter { $0.subject.kind == .employerVisit }
        }
    }

    func testCHK05_targetsAreKeptByManagement_andANewTargetIsDueAtOnce() throws {
        try assertRefused(database, field: "Visit target", rule: "CHK-05") {
            try database.addVisitTarget(VisitTargetDraft(name: "茶山镇社会事务局", kind: .townSocialAffairs),
                                        as: session(frA), at: now)
        }
        try assertRefused(database, field: "Town", rule: "CHK-05") {
            try database.addVisitTarget(VisitTargetDraft(name: "某局", kind: .justice, townName: "火星"),
                                        as: session(hr), at: now)
        }
        let bureau = try database.addVisitTarget(VisitTargetDraft(name: "茶山镇社会事务局（李科长）",
                                                                  kind: .townSocialAffairs, townName: "茶山"),
                                                 as: session(chair), at: now)
        XCTAssertEqual(bureau.townName, "茶山")
        XCTAssertEqual(bureau.nextVisitDue, today)
        try assertRefused(database, field: "Visit target", rule: "CHK-05") {
            try database.addVisitTarget(VisitTargetDraft(name: "茶山镇社会事务局（李科长）", kind: .townSocialAffairs),
                                        as: session(hr), at: now)
        }
        let items = try dueVisits(hr)
        XCTAssertEqual(items.map(\.subject.id), ["target:\(bureau.id)"])
        XCTAssertEqual(items.first?.ownerCode, chair.code, "the chair owes the quarterly visit")
        XCTAssertEqual(items.first?.status, .dueSoon)
        XCTAssertEqual(items.first?.rule, "CHK-05")
        XCTAssertEqual(try dueVisits(frA), [], "a frontline worker's board has no visits")

        try database.setVisitTargetActive(id: bureau.id, false, as: session(hr), at: now)
        XCTAssertEqual(try dueVisits(hr), [])
        XCTAssertEqual(try database.visitTargets(as: session(frA), at: now), [])
        XCTAssertEqual(try database.visitTargets(includingInactive: true, as: session(frA), at: now).count, 1)
        XCTAssertThrowsError(try database.writer.write { db in try db.execute(sql: "DELETE FROM visitTarget") })
    }

    func testCHK05_adminHRVisitsEachTownPostEveryTwoMonths_andTheChairTheLeadsQuarterly() throws {
        let post = try database.addVisitTarget(VisitTargetDraft(name: "茶山镇残联康复科", kind: .townPostDepartment,
                                                                servicePointID: pointOne), as: session(hr), at: now)
        let federation = try database.addVisitTarget(VisitTargetDraft(name: "东莞市残联", kind: .disabledPersonsFederation),
                                                     as: session(hr), at: now)
        let visit = EmployerVisitDraft(targetID: federation.id, visitedOn: day("2026-03-01"), peopleMet: "王主任",
                                       content: "汇报上月工作小结和下月工作计划", followUp: "下月送交季度报告")
        try assertRefused(database, field: "Visitor", rule: "CHK-05") {
            try database.recordEmployerVisit(visit, as: session(hr), at: now)
        }
        try assertRefused(database, field: "People met", rule: "CHK-05") {
            var nobody = visit
            nobody.peopleMet = ""
            try database.recordEmployerVisit(nobody, as: session(chair), at: now)
        }
        let recorded = try database.recordEmployerVisit(visit, as: session(vice), at: now)
        XCTAssertEqual(recorded.visitorCode, vice.code)
        var toPost = visit
        toPost.targetID = post.id
        try database.recordEmployerVisit(toPost, as: session(hr), at: now)

        let targets = try database.visitTargets(as: session(frA), at: now)
        XCTAssertEqual(targets.first { $0.id == federation.id }?.nextVisitDue, day("2026-06-01"))
        XCTAssertEqual(targets.first { $0.id == post.id }?.nextVisitDue, day("2026-05-01"))
        let items = try dueVisits(chair)
        XCTAssertEqual(items.first { $0.subject.id == "target:\(post.id)" }?.ownerCode, hr.code)
        XCTAssertEqual(items.first { $0.subject.id == "target:\(post.id)" }?.status, .upcoming)
        XCTAssertEqual(try dueVisits(chair, on: day("2026-05-02")).first { $0.subject.id == "target:\(post.id)" }?.status,
                       .overdue)
        XCTAssertEqual(try database.employerVisits(targetID: federation.id, as: session(frA)).map(\.id), [recorded.id])
        XCTAssertThrowsError(try database.writer.write { db in try db.execute(sql: "UPDATE employerVisit SET content = 'x'") })
    }
}
