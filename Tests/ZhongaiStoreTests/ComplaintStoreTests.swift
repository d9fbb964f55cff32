import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The opinions and complaints register over the store: source and channel required (CMP-01), the reply within the
/// policy's days and never before the complaint (CMP-02), a charge always a complaint (CMP-03), the access policy
/// with the complaints desk, and records never deleted nor their reply changed.
final class ComplaintStoreTests: AccessTestCase {
    private func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    private func draft(source: ComplaintSource? = .serviceUser, channel: ComplaintChannel? = .phone,
                       receivedOn: String = "2026-03-01", isCharge: Bool = false, kind: ComplaintKind = .complaint,
                       handler: Worker? = nil) -> ComplaintDraft {
        ComplaintDraft(kind: kind, source: source, channel: channel, receivedOn: day(receivedOn),
                       complainantName: "欧阳小明", complainantContact: "13812341234",
                       content: "社工家访迟到一小时", about: "WM", isCharge: isCharge, handlerCode: handler?.code)
    }

    private func dueItems(_ worker: Worker) throws -> [DueItem] {
        try database.writer.read { db in
            let context = try AppDatabase.accessContext(db, session: session(worker), action: .view)
            return try AppDatabase.complaintDueItems(db, context: context, today: today)
        }
    }

    func testCMP01_aComplaintWithNoSourceIsRefusedNamingTheField_andNothingIsWritten() throws {
        try assertRefused(database, field: "Source", rule: "CMP-01") {
            try database.recordComplaint(draft(source: nil), as: session(frA), at: now)
        }
        try assertRefused(database, field: "Channel", rule: "CMP-01") {
            try database.recordComplaint(draft(channel: nil), as: session(frA), at: now)
        }
        try assertRefused(database, field: "Received on", rule: "CMP-01") {
            try database.recordComplaint(draft(receivedOn: "2026-03-03"), as: session(frA), at: now)
        }
    }

    func testCMP01_aComplaintIsHeldByItsHandler_andEveryFullReadIsLogged() throws {
        let recorded = try database.recordComplaint(draft(handler: hr), as: session(frA), at: now)
        XCTAssertEqual(recorded.handlerCode, hr.code)
        XCTAssertEqual(recorded.source, .serviceUser)
        XCTAssertEqual(recorded.recordedBy, frA.code)
        XCTAssertEqual(try lastAudit()?.action, .create)

        // The complaints desk (行政人事部) reads it; the read is logged.
        let read = try database.complaint(id: recorded.id, as: session(hr), at: now)
        XCTAssertEqual(read.complainantName, "欧阳小明")
        XCTAssertEqual(try lastAudit()?.action, .view)
        XCTAssertEqual(try lastAudit()?.record, recorded.ref)
        // The chair reads everything; a frontline worker of another chain does not, and the attempt is logged.
        XCTAssertNoThrow(try database.complaint(id: recorded.id, as: session(chair), at: now))
        try assertDenied(.outsideScope) { _ = try database.complaint(id: recorded.id, as: session(frB1), at: now) }

        // The register shows no names or content, and logs one list row.
        let list = try database.complaints(as: session(hr), at: now)
        XCTAssertEqual(list.map(\.id), [recorded.id])
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertEqual(try database.complaints(as: session(frB1), at: now), [])
    }

    func testCMP02_aReplyDatedBeforeTheComplaintIsRefused_andNothingIsWritten() throws {
        let recorded = try database.recordComplaint(draft(), as: session(frA), at: now)
        try assertRefused(database, field: "Replied on", rule: "CMP-02") {
            try database.replyToComplaint(id: recorded.id, result: "已致电道歉", on: day("2026-02-28"),
                                          as: session(frA), at: now)
        }
        try assertRefused(database, field: "Result", rule: "CMP-02") {
            try database.replyToComplaint(id: recorded.id, result: "  ", on: day("2026-03-02"), as: session(frA), at: now)
        }
    }

    func testCMP02_theReplyIsDueWithinTwoDays_onTheDueBoardOfItsHandler_andALateReplyIsShownLate() throws {
        let recorded = try database.recordComplaint(draft(receivedOn: "2026-02-26"), as: session(frA), at: now)
        XCTAssertEqual(recorded.replyDueOn, day("2026-02-28"))
        XCTAssertTrue(recorded.isLate(today: today))

        let items = try dueItems(frA)
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(items.first?.rule, "CMP-02")
        XCTAssertEqual(items.first?.ownerCode, frA.code)
        XCTAssertEqual(items.first?.dueOn, day("2026-02-28"))
        XCTAssertEqual(items.first?.status, .overdue)
        XCTAssertEqual(items.first?.subject, DueSubject(kind: .complaint, id: recorded.id))
        XCTAssertTrue(items.first?.clauses.first?.contains("2天内") ?? false)
        XCTAssertEqual(try dueItems(assA).count, 1, "the handler's supervisor sees it")
        XCTAssertEqual(try dueItems(frB1).count, 0)

        let replied = try database.replyToComplaint(id: recorded.id, result: "已致电道歉并调整家访时间",
                                                    on: day("2026-03-01"), as: session(frA), at: now)
        XCTAssertEqual(replied.state, .replied)
        XCTAssertTrue(replied.isLate(today: today), "replied after its due day")
        XCTAssertTrue(try database.complaints(as: session(frA), at: now).first?.isLate ?? false)
        XCTAssertEqual(try dueItems(frA).count, 0, "a replied complaint leaves the due board")

        let onTime = try database.recordComplaint(draft(receivedOn: "2026-03-01"), as: session(frA), at: now)
        XCTAssertEqual(try dueItems(frA).first?.status, .dueSoon)
        let answered = try database.replyToComplaint(id: onTime.id, result: "已解释", as: session(frA), at: now)
        XCTAssertFalse(answered.isLate(today: today))
    }

    func testCMP02_aReplyIsNeverChanged_andARecordIsNeverDeleted() throws {
        let recorded = try database.recordComplaint(draft(), as: session(frA), at: now)
        try database.replyToComplaint(id: recorded.id, result: "已致电道歉", as: session(frA), at: now)
        try assertRefused(database, field: "Reply", rule: "CMP-02") {
            try database.replyToComplaint(id: recorded.id, result: "改口", as: session(frA), at: now)
        }
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE complaint SET replyResult = 'x' WHERE id = ?", arguments: [recorded.id])
        })
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE complaint SET source = 'media' WHERE id = ?", arguments: [recorded.id])
        })
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "DELETE FROM complaint WHERE id = ?", arguments: [recorded.id])
        })
    }

    func testCMP02_followUpsAreAppended_andClosingNeedsTheReply() throws {
        let recorded = try database.recordComplaint(draft(), as: session(frA), at: now)
        try database.addComplaintFollowUp(id: recorded.id, note: "已向社工了解情况", as: session(frA), at: now)
        try assertRefused(database, field: "Close", rule: "CMP-02") {
            try database.addComplaintFollowUp(id: recorded.id, note: "再次回访", close: true, as: session(frA), at: now)
        }
        try database.replyToComplaint(id: recorded.id, result: "已致电道歉", as: session(frA), at: now)
        let closed = try database.addComplaintFollowUp(id: recorded.id, note: "电话回访，服务对象满意", close: true,
                                                       as: session(hr), at: now)
        XCTAssertEqual(closed.state, .closed)
        XCTAssertEqual(closed.followUps.map(\.number), [1, 2])
        XCTAssertEqual(closed.closedBy, hr.code)
        XCTAssertEqual(try database.complaints(openOnly: true, as: session(frA), at: now), [])
        try assertRefused(database, field: "Follow-up", rule: "CMP-02") {
            try database.addComplaintFollowUp(id: recorded.id, note: "又一条", as: session(frA), at: now)
        }
    }

    func testCMP03_aChargeToAClientIsAlwaysAComplaint_flaggedForTheChairAndServiceDepartment() throws {
        let recorded = try database.recordComplaint(draft(isCharge: true, kind: .opinion), as: session(frA), at: now)
        XCTAssertEqual(recorded.kind, .complaint)
        XCTAssertTrue(recorded.isCharge)
        XCTAssertTrue(try lastAudit()?.detail.contains("[CMP-03]") ?? false)
        for leader in [chair!, sd!] {
            let items = try dueItems(leader)
            XCTAssertEqual(items.map(\.rule), ["CMP-02, CMP-03"], "\(leader.role)")
            XCTAssertEqual(items.first?.title, "Reply to a complaint about a charge")
        }
        XCTAssertTrue(try database.complaints(as: session(chair), at: now).first?.isCharge ?? false)
    }
}
