import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class ClientMergeTests: AccessTestCase {
    func clientDraft(name: String = "王小明", phone: String? = "13812341234", idNumber: String? = nil,
                     holder: Worker? = nil) -> ClientDraft {
        ClientDraft(name: name, categoryCode: "elderly", phone: phone,
                    idDocument: idNumber.map { ClientIDDocument(kind: .residentID, number: $0) },
                    holderCode: holder?.code)
    }

    func consentRows(of clientID: String) throws -> Int {
        try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM consent WHERE clientID = ?", arguments: [clientID]) ?? 0
        }
    }

    func testMergeMovesEveryConsentAndMarksTheAbsorbedClient() throws {
        let kept = try database.addClient(clientDraft(idNumber: "441900198005061231"), as: session(frA), at: now)
        let absorbed = try database.addClient(clientDraft(), as: session(frA), allowingDuplicates: true, at: now)
        try plantConsent(holder: frA, clientID: absorbed.id)
        let withdrawn = try plantConsent(holder: frA, clientID: absorbed.id)
        try database.withdrawConsent(id: withdrawn, on: today, reason: "不再需要", as: session(frA), at: now)

        let result = try database.mergeClients(keeping: kept.id, absorbing: absorbed.id, as: session(frA), at: now)
        XCTAssertEqual(result, kept)
        XCTAssertEqual(try consentRows(of: kept.id), 2)
        XCTAssertEqual(try consentRows(of: absorbed.id), 0)
        XCTAssertEqual(try database.client(id: absorbed.id, as: session(frA), at: now).mergedInto, kept.id)
        let merges = try auditRows().filter { $0.action == .clientMerged }
        XCTAssertEqual(merges.map(\.record), [kept.ref, absorbed.ref])
        XCTAssertTrue(merges[0].detail.contains("2 consent"), merges[0].detail)
        // Merged records leave lists and duplicate checks, and are no longer edited.
        XCTAssertEqual(try database.findClients("王小明", as: session(frA), at: now).map(\.id), [kept.id])
        XCTAssertThrowsError(try database.updateClient(id: absorbed.id, absorbed.draft, as: session(frA), at: now))
    }

    func testMergeRefusesItselfAndMergedClientsChangingNothing() throws {
        let a = try database.addClient(clientDraft(), as: session(frA), at: now)
        let b = try database.addClient(clientDraft(), as: session(frA), allowingDuplicates: true, at: now)
        let c = try database.addClient(clientDraft(), as: session(frA), allowingDuplicates: true, at: now)
        XCTAssertThrowsError(try database.mergeClients(keeping: a.id, absorbing: a.id, as: session(frA), at: now))
        try database.mergeClients(keeping: a.id, absorbing: b.id, as: session(frA), at: now)
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.mergeClients(keeping: b.id, absorbing: c.id, as: session(frA), at: now)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Client kept")
        }
        XCTAssertThrowsError(try database.mergeClients(keeping: c.id, absorbing: b.id, as: session(frA), at: now)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Client merged")
        }
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testMergeNeedsEditOnBoth() throws {
        let mine = try database.addClient(clientDraft(), as: session(frA), at: now)
        let theirs = try database.addClient(clientDraft(), as: session(frA2), at: now)
        try assertDenied(.outsideScope) {
            _ = try database.mergeClients(keeping: mine.id, absorbing: theirs.id, as: session(frA), at: now)
        }
        // Their assistant supervisor edits both.
        try database.mergeClients(keeping: mine.id, absorbing: theirs.id, as: session(assA), at: now)
    }

    func testConsentMovesOnlyToAnUnmergedClient() throws {
        let consent = try plantConsent(holder: frA, clientID: "C-0001")
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE consent SET clientID = 'nobody' WHERE id = ?", arguments: [consent])
        })
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE consent SET clientName = '别人' WHERE id = ?", arguments: [consent])
        })
    }

    func testFindByNamePhoneTailAndIDNumberWithinScopeOnly() throws {
        let wang = try database.addClient(clientDraft(idNumber: "441900198005061231"), as: session(frA), at: now)
        let li = try database.addClient(clientDraft(name: "李小红", phone: "076922123456"), as: session(frA), at: now)
        _ = try database.addClient(clientDraft(name: "王小红", phone: "13900005678"), as: session(frB1), at: now)

        XCTAssertEqual(try database.findClients("小", as: session(frA), at: now).map(\.id).sorted(),
                       [wang.id, li.id].sorted())
        XCTAssertEqual(try database.findClients("1234", as: session(frA), at: now).map(\.id), [wang.id])
        XCTAssertEqual(try database.findClients("138-1234-1234", as: session(frA), at: now).map(\.id), [wang.id])
        XCTAssertEqual(try database.findClients("0769-22123456", as: session(frA), at: now).map(\.id), [li.id])
        XCTAssertEqual(try database.findClients("441900198005061231", as: session(frA), at: now).map(\.id), [wang.id])
        XCTAssertEqual(try database.findClients("5678", as: session(frA), at: now), [])
        XCTAssertEqual(try database.findClients("王", as: session(sd), at: now).count, 2)
        XCTAssertEqual(try database.findClients("王", as: session(assB), at: now).map(\.name), ["王*红"])
        // Wildcards are literal.
        XCTAssertEqual(try database.findClients("%", as: session(sd), at: now), [])
    }

    func testFindIsMaskedAndLoggedOnceWithoutTheText() throws {
        _ = try database.addClient(clientDraft(), as: session(frA), at: now)
        let count = try auditCount()
        let found = try database.findClients("王小明", as: session(frA), at: now)
        XCTAssertEqual(found.first?.name, "王*明")
        XCTAssertEqual(found.first?.phone, "138****1234")
        XCTAssertEqual(try auditCount(), count + 1)
        let last = try lastAudit()
        XCTAssertEqual(last?.action, .list)
        XCTAssertFalse(last?.detail.contains("王") ?? true)
    }

    func testFindIsRefusedToARoleThatSeesNoClient() throws {
        try assertDenied(.actionNotGranted) { _ = try database.findClients("王", as: session(admin), at: now) }
    }

    func testPossibleDuplicatesListsOnlyWhatTheSessionSees() throws {
        let mine = try database.addClient(clientDraft(), as: session(frA), at: now)
        _ = try database.addClient(clientDraft(), as: session(frB1), at: now)
        XCTAssertEqual(try database.possibleDuplicates(of: clientDraft(), as: session(frA), at: now),
                       [ClientDuplicate(client: mine.summary, reason: .sameNameAndPhone)])
        XCTAssertEqual(try database.possibleDuplicates(of: clientDraft(), as: session(sd), at: now).count, 2)
    }
}
