import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class VisitStoreTests: AccessTestCase {
    func newClient(holder: Worker) throws -> Client {
        try database.addClient(ClientDraft(name: "陈大文", categoryCode: "elderly", phone: "13800138000"),
                               as: session(holder), allowingDuplicates: true, at: now)
    }

    func visitDraft(_ client: Client, on date: CalendarDate) -> VisitDraft {
        VisitDraft(clientID: client.id, date: date, durationMinutes: 45, place: "南社村陈大文家",
                   purpose: "节前探访", content: "老人精神尚可，独居，需关注用电安全")
    }

    func testCONS02_eachVisitHasItsOwnVCodeAndListsInTimeOrder() throws {
        let client = try newClient(holder: frA)
        let second = try database.recordVisit(visitDraft(client, on: today), as: session(frA), at: now)
        let first = try database.recordVisit(visitDraft(client, on: today.adding(days: -1)), as: session(frA), at: now)
        XCTAssertEqual(second.code, "CS-REH-V01-202603-\(frA.code)")
        XCTAssertEqual(first.code, "CS-REH-V02-202603-\(frA.code)")
        let listed = try database.visits(clientID: client.id, as: session(frA), at: now)
        XCTAssertEqual(listed.map(\.id), [first.id, second.id])
        XCTAssertEqual(listed.first?.quarter, 1)
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertEqual(try database.visit(id: second.id, as: session(frA), at: now), second)
        XCTAssertEqual(try lastAudit()?.action, .view)
    }

    func testINTAKE04_visitRecordedAfterItsDayIsFlaggedNotRefused() throws {
        let client = try newClient(holder: frA)
        XCTAssertFalse(try database.recordVisit(visitDraft(client, on: today), as: session(frA), at: now).recordedLate)
        XCTAssertTrue(try database.recordVisit(visitDraft(client, on: today.adding(days: -1)), as: session(frA),
                                               at: now).recordedLate)
    }

    func testBadVisitIsRefusedChangingNothing() throws {
        let client = try newClient(holder: frA)
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.recordVisit(visitDraft(client, on: today.adding(days: 1)), as: session(frA),
                                                      at: now))
        var draft = visitDraft(client, on: today)
        draft.purpose = ""
        XCTAssertThrowsError(try database.recordVisit(draft, as: session(frA), at: now)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Purpose")
        }
        draft = visitDraft(client, on: today)
        draft.durationMinutes = 0
        XCTAssertThrowsError(try database.recordVisit(draft, as: session(frA), at: now))
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testVisitsAreFilteredByAccess() throws {
        let client = try newClient(holder: frA)
        let visit = try database.recordVisit(visitDraft(client, on: today), as: session(frA), at: now)
        try assertDenied(.outsideScope) { _ = try database.visit(id: visit.id, as: session(frB1), at: now) }
        XCTAssertEqual(try database.visits(as: session(frB1), at: now), [])
        try assertDenied(.outsideScope) {
            _ = try database.recordVisit(visitDraft(client, on: today), as: session(frB1), at: now)
        }
    }

    func testMergeMovesConsultationsAndVisits() throws {
        let kept = try newClient(holder: frA)
        let absorbed = try newClient(holder: frA)
        let visit = try database.recordVisit(visitDraft(absorbed, on: today), as: session(frA), at: now)
        let consultation = try database.openConsultation(
            ConsultationDraft(clientID: absorbed.id, topic: "咨询",
                              firstContact: ConsultationContactDraft(date: today, durationMinutes: 10, method: .phone,
                                                                     content: "询问")),
            as: session(frA), at: now)
        try database.mergeClients(keeping: kept.id, absorbing: absorbed.id, as: session(frA), at: now)
        XCTAssertEqual(try database.visit(id: visit.id, as: session(frA), at: now).clientID, kept.id)
        XCTAssertEqual(try database.consultation(id: consultation.id, as: session(frA), at: now).clientID, kept.id)
        XCTAssertThrowsError(try database.recordVisit(visitDraft(absorbed, on: today), as: session(frA), at: now))
    }
}
