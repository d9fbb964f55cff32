import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The quarterly handover to 服务部 (ARC-08, ARC-09, C3) on a real database.
final class ArchiveHandoverStoreTests: CaseTestCase {
    /// A case of `frA` closed today (2026-03-02, in 2026-Q1) on the supervisor's approval.
    func closedCase(_ worker: Worker? = nil) throws -> CaseFile {
        let caseFile = try openedCase(worker)
        let request = try database.requestApproval(caseID: caseFile.id, kind: .close(.goalsAchieved),
                                                   as: session(worker ?? frA), at: now)
        try database.decide(requestID: request.id, outcome: .approved, as: session(assA), at: now)
        return caseFile
    }

    var q1: ArchiveQuarter { try! ArchiveQuarter(parsing: "2026-Q1") }

    func archiveTables() throws -> [String] {
        try database.writer.read { db in
            var lines: [String] = []
            for table in ["archiveHandoverList", "archiveHandoverItem", "protectedRecord"] {
                lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" }
            }
            return lines
        }
    }

    func testARC08_aListWithARecordThatIsNotClosedIsRefused_namingItAndWritingNothing() throws {
        let closed = try closedCase()
        let open = try openedCase()
        let before = try archiveTables()
        XCTAssertThrowsError(try database.createHandoverList(quarter: q1, records: [closed.code, open.code],
                                                             as: session(frA), at: now)) { error in
            let refusal = error as? ValidationError
            XCTAssertEqual(refusal?.rule, "ARC-08")
            XCTAssertEqual(refusal?.field, "Records")
            XCTAssertEqual(refusal?.arguments.first, open.code, "the message names the record")
        }
        XCTAssertEqual(try archiveTables(), before, "nothing written")
        // Another worker's record is refused too.
        let theirs = try closedCase(frA2)
        let beforeTheirs = try archiveTables()
        XCTAssertThrowsError(try database.createHandoverList(quarter: q1, records: [theirs.code], as: session(frA), at: now)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "ARC-08")
        }
        XCTAssertEqual(try archiveTables(), beforeTheirs)
    }

    func testARC08_theListHoldsTheQuartersClosedRecordsWithTheirDocuments_maskedNames() throws {
        let closed = try closedCase()
        _ = try openedCase()
        let candidates = try database.handoverCandidates(quarter: q1, as: session(frA), at: now)
        XCTAssertEqual(candidates.map(\.code), [closed.code], "only the closed case")
        let line = try XCTUnwrap(candidates.first)
        XCTAssertEqual(line.closedOn, today)
        XCTAssertTrue(line.name.contains("*"), "the client's name is masked: \(line.name)")
        XCTAssertGreaterThan(line.documentsTotal, 0)
        XCTAssertLessThan(line.documentsReady, line.documentsTotal, "no closing report was written")
        XCTAssertFalse(line.missingDocuments.isEmpty)
        XCTAssertTrue(try database.handoverCandidates(quarter: q1.next, as: session(frA), at: now).isEmpty)
        // A quarter with nothing closed gives no list.
        XCTAssertThrowsError(try database.createHandoverList(quarter: q1.previous, as: session(frA), at: now)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "ARC-08")
        }
    }

    func testARC08_bothSidesConfirmWithTheirTimes_andAReceivedListIsFinal() throws {
        let closed = try closedCase()
        let list = try database.createHandoverList(quarter: q1, as: session(frA), at: now)
        XCTAssertEqual(list.state, .draft)
        XCTAssertEqual(list.lines.map(\.code), [closed.code])
        try assertRefused(database, field: "Handover list", rule: "ARC-08") {
            _ = try database.createHandoverList(quarter: q1, as: session(frA), at: now)
        }
        // Only the worker hands over; 服务部 cannot receive a draft.
        XCTAssertThrowsError(try database.handOver(listID: list.id, as: session(sd), at: now))
        XCTAssertThrowsError(try database.receiveHandoverList(listID: list.id, as: session(sd), at: now))
        let later = now.addingTimeInterval(3600)
        let handed = try database.handOver(listID: list.id, as: session(frA), at: later)
        XCTAssertEqual(handed.state, .handedOver)
        XCTAssertEqual(handed.handedOverAt, later)
        // Only 服务部 receives: not the worker, not the supervisor.
        XCTAssertThrowsError(try database.receiveHandoverList(listID: list.id, as: session(frA), at: later))
        XCTAssertThrowsError(try database.receiveHandoverList(listID: list.id, as: session(assA), at: later))
        let received = try database.receiveHandoverList(listID: list.id, as: session(sd), at: later.addingTimeInterval(60))
        XCTAssertEqual(received.state, .received)
        XCTAssertEqual(received.receiverCode, sd.code)
        XCTAssertEqual(received.receiverName, sd.name)
        XCTAssertEqual(received.receivedAt, later.addingTimeInterval(60))
        XCTAssertThrowsError(try database.returnHandoverList(listID: list.id, reason: "缺结案报告", as: session(sd2), at: later))
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE archiveHandoverList SET state = 'returned' WHERE id = ?", arguments: [list.id])
        }) { XCTAssertTrue("\($0)".contains("ARC-08")) }
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "DELETE FROM archiveHandoverList WHERE id = ?", arguments: [list.id])
        })
        // Handed over: the record is on no new list.
        XCTAssertTrue(try database.handoverCandidates(quarter: q1, as: session(frA), at: now).isEmpty)
        // Logged: created, handed over, received.
        let rows = try auditRows().filter { $0.record?.id == list.id }
        XCTAssertEqual(rows.map(\.actionText), ["create", "handover", "approve"])
        XCTAssertEqual(try database.handoverLists(state: .received, as: session(sd), at: now).map(\.id), [list.id])
        XCTAssertEqual(try database.handoverLists(as: session(frA2), at: now).count, 0, "another worker sees none")
        XCTAssertEqual(try database.handoverLists(as: session(assA), at: now).count, 1, "the supervisor sees it")
    }

    func testARC08_aReturnedListSaysWhy_andFreesItsRecordsForANewList() throws {
        let closed = try closedCase()
        let list = try database.createHandoverList(quarter: q1, as: session(frA), at: now)
        _ = try database.handOver(listID: list.id, as: session(frA), at: now)
        try assertRefused(database, field: "Reason", rule: "ARC-08") {
            _ = try database.returnHandoverList(listID: list.id, reason: " ", as: session(sd), at: now)
        }
        let returned = try database.returnHandoverList(listID: list.id, reason: "缺个案结案报告", as: session(sd), at: now)
        XCTAssertEqual(returned.state, .returned)
        XCTAssertEqual(returned.returnReason, "缺个案结案报告")
        let again = try database.createHandoverList(quarter: q1, as: session(frA), at: now)
        XCTAssertEqual(again.lines.map(\.code), [closed.code])
    }

    func testC3_ARC09_theDueBoardShowsTheQuarterWithBothClauses_untilHandedOver() throws {
        let closed = try closedCase()
        let item = try XCTUnwrap(try database.dueItems(as: session(frA), at: now).first { $0.subject.kind == .archiveHandover })
        XCTAssertEqual(item.rule, "C3, ARC-09")
        XCTAssertEqual(item.dueOn, try CalendarDate(parsing: "2026-04-20"))
        XCTAssertEqual(item.overdueAfter, try CalendarDate(parsing: "2026-05-20"))
        XCTAssertEqual(item.clauses.count, 2)
        XCTAssertTrue(item.clauses.contains { $0.contains("档案接收制度 第三章 2") }, "\(item.clauses)")
        XCTAssertTrue(item.clauses.contains { $0.contains("小组/活动服务指引 7") }, "\(item.clauses)")
        XCTAssertTrue(item.detail.contains(closed.code))
        XCTAssertEqual(item.ownerCode, frA.code)
        XCTAssertEqual(item.status, .upcoming)
        // The supervisor sees the team's; another chain does not.
        XCTAssertTrue(try database.dueItems(as: session(assA), at: now).contains { $0.subject == item.subject })
        XCTAssertFalse(try database.dueItems(as: session(assB), at: now).contains { $0.subject == item.subject })
        // After the alarm day it is overdue.
        let june = now.addingTimeInterval(100 * 86_400)
        XCTAssertEqual(try database.dueItems(as: session(frA), at: june).first { $0.subject == item.subject }?.status, .overdue)
        // Handed over: gone from the worker's board, on 服务部's until received.
        let list = try database.createHandoverList(quarter: q1, as: session(frA), at: now)
        _ = try database.handOver(listID: list.id, as: session(frA), at: now)
        XCTAssertFalse(try database.dueItems(as: session(frA), at: now).contains { $0.subject.kind == .archiveHandover })
        let waiting = try database.dueItems(as: session(sd), at: now).filter { $0.subject.id == "list:" + list.id }
        XCTAssertEqual(waiting.map(\.rule), ["ARC-08"])
        _ = try database.receiveHandoverList(listID: list.id, as: session(sd), at: now)
        XCTAssertFalse(try database.dueItems(as: session(sd), at: now).contains { $0.subject.id == "list:" + list.id })
    }

    func testARC08_readingExportingAndPrintingAListIsLogged_andChecked() throws {
        _ = try closedCase()
        let list = try database.createHandoverList(quarter: q1, as: session(frA), at: now)
        _ = try database.handoverList(id: list.id, purpose: .export, as: session(frA), at: now)
        XCTAssertEqual(try lastAudit()?.actionText, "export")
        _ = try database.handoverList(id: list.id, purpose: .print, as: session(sd), at: now)
        XCTAssertEqual(try lastAudit()?.actionText, "print")
        XCTAssertThrowsError(try database.handoverList(id: list.id, as: session(frB1), at: now)) {
            XCTAssertTrue($0 is AccessDenied)
        }
        XCTAssertEqual(try lastAudit()?.actionText, "accessDenied")
    }
}
