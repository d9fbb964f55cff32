import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class ClientStoreTests: AccessTestCase {
    func clientDraft(name: String = "王小明", phone: String? = "13812341234",
                     idNumber: String? = "441900198005061231", holder: Worker? = nil) -> ClientDraft {
        ClientDraft(name: name, gender: .male, categoryCode: "elderly", phone: phone,
                    idDocument: idNumber.map { ClientIDDocument(kind: .residentID, number: $0) },
                    address: "广东省东莞市茶山镇南社村12号",
                    household: [HouseholdMember(name: "王大明", relationship: "儿子", birthYear: 2005, note: "在外地")],
                    note: "独居", holderCode: holder?.code)
    }

    func testAddClientStoresEveryFieldAndLogsCreateAndView() throws {
        let added = try database.addClient(clientDraft(), as: session(frA), at: now)
        XCTAssertEqual(added.holderCode, frA.code)
        XCTAssertEqual(added.servicePointID, pointOne)
        XCTAssertEqual(added.createdBy, frA.code)
        XCTAssertEqual(added.birthDate, try CalendarDate(year: 1980, month: 5, day: 6))
        XCTAssertEqual(added.household, [HouseholdMember(name: "王大明", relationship: "儿子", birthYear: 2005,
                                                         note: "在外地")])
        XCTAssertEqual(try lastAudit()?.action, .create)
        XCTAssertEqual(try lastAudit()?.record, added.ref)

        let read = try database.client(id: added.id, as: session(assA), at: now)
        XCTAssertEqual(read, added)
        XCTAssertEqual(try lastAudit()?.action, .view)
        XCTAssertEqual(try lastAudit()?.actorCode, assA.code)
    }

    func testClientColumnsAreMarkedSensitive() throws {
        let columns = Set(try database.sensitiveColumns().filter { $0.table == "client" }.map(\.column))
        XCTAssertTrue(columns.isSuperset(of: ["name", "phone", "idNumber", "address", "guardianName", "note"]))
    }

    func testINTAKE01_unknownCategoryIsRefusedAndNothingWritten() throws {
        var draft = clientDraft()
        draft.categoryCode = "astronaut"
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.addClient(draft, as: session(frA), at: now)) { error in
            XCTAssertEqual((error as? ValidationError)?.rule, "INTAKE-01")
        }
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testCASE04_minorWithoutGuardianIsRefusedAndNothingWritten() throws {
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.addClient(clientDraft(idNumber: "441900201006151233"), as: session(frA),
                                                    at: now)) { error in
            XCTAssertEqual((error as? ValidationError)?.rule, "CASE-04")
        }
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testWrongCheckDigitIsRefusedAndNothingWritten() throws {
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.addClient(clientDraft(idNumber: "441900198005061232"), as: session(frA),
                                                    at: now)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "ID number")
        }
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testWorkerOutsideTheChainCannotReadTheClient() throws {
        let added = try database.addClient(clientDraft(), as: session(frA), at: now)
        try assertDenied(.outsideScope) { _ = try database.client(id: added.id, as: session(frB1), at: now) }
        try assertDenied(.noSuchRecord) { _ = try database.client(id: "nope", as: session(frA), at: now) }
    }

    func testFrontlineCannotEnterAClientForAnotherWorker() throws {
        try assertDenied(.outsideScope) {
            _ = try database.addClient(clientDraft(holder: frA2), as: session(frA), at: now)
        }
        let held = try database.addClient(clientDraft(holder: frA2), as: session(assA), at: now)
        XCTAssertEqual(held.holderCode, frA2.code)
    }

    func testSameIDNumberRefusesEvenWhenDuplicatesAreAllowed() throws {
        let first = try database.addClient(clientDraft(), as: session(frA), at: now)
        let before = try dumpWithoutAudit()
        for allowing in [false, true] {
            XCTAssertThrowsError(try database.addClient(clientDraft(name: "王晓明", phone: nil), as: session(frA),
                                                        allowingDuplicates: allowing, at: now)) { error in
                let duplicates = error as? PossibleDuplicateClients
                XCTAssertEqual(duplicates?.duplicates, [ClientDuplicate(client: first.summary, reason: .sameIDNumber)])
                XCTAssertEqual(duplicates?.isCertain, true)
            }
        }
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testSameNameAndPhoneAsksFirstThenEntersWhenAllowed() throws {
        let first = try database.addClient(clientDraft(idNumber: nil), as: session(frA), at: now)
        XCTAssertThrowsError(try database.addClient(clientDraft(idNumber: nil), as: session(frA), at: now)) { error in
            let duplicates = error as? PossibleDuplicateClients
            XCTAssertEqual(duplicates?.duplicates, [ClientDuplicate(client: first.summary, reason: .sameNameAndPhone)])
            XCTAssertEqual(duplicates?.isCertain, false)
        }
        let second = try database.addClient(clientDraft(idNumber: nil), as: session(frA), allowingDuplicates: true,
                                            at: now)
        XCTAssertNotEqual(second.id, first.id)
        XCTAssertTrue(try lastAudit()?.detail.contains("possible duplicate") ?? false)
    }

    func testDuplicateHeldOutOfSightIsNotShown() throws {
        _ = try database.addClient(clientDraft(idNumber: nil), as: session(frB1), at: now)
        // Same name and phone, held by a worker frA may not see: not revealed, not blocking.
        let mine = try database.addClient(clientDraft(idNumber: nil), as: session(frA), at: now)
        XCTAssertEqual(mine.holderCode, frA.code)
    }

    func testSameIDNumberHeldOutOfSightRefusesWithoutShowingIt() throws {
        let hidden = try database.addClient(clientDraft(), as: session(frB1), at: now)
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.addClient(clientDraft(name: "王晓明"), as: session(frA),
                                                    allowingDuplicates: true, at: now)) { error in
            let refusal = error as? ValidationError
            XCTAssertEqual(refusal?.field, "ID number")
            XCTAssertTrue(refusal?.description.contains("服务部") ?? false)
            XCTAssertFalse("\(error)".contains(hidden.id))
            XCTAssertFalse("\(error)".contains(frB1.code))
        }
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testUpdateChangesFieldsAndLogsTheirNamesOnly() throws {
        let added = try database.addClient(clientDraft(), as: session(frA), at: now)
        var draft = added.draft
        draft.phone = "13900002222"
        draft.household = []
        draft.address = nil
        let updated = try database.updateClient(id: added.id, draft, as: session(frA), at: now)
        XCTAssertEqual(updated.phone, "13900002222")
        XCTAssertEqual(updated.household, [])
        XCTAssertNil(updated.address)
        let last = try lastAudit()
        XCTAssertEqual(last?.action, .edit)
        XCTAssertEqual(last?.detail, "changed phone, address, household")
        XCTAssertFalse(last?.detail.contains("13900002222") ?? true)
        XCTAssertEqual(try database.client(id: added.id, as: session(frA), at: now), updated)
    }

    func testUpdateRefusesAHolderChangeAndOtherWorkers() throws {
        let added = try database.addClient(clientDraft(), as: session(frA), at: now)
        var draft = added.draft
        draft.holderCode = frA2.code
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.updateClient(id: added.id, draft, as: session(frA), at: now)) { error in
            XCTAssertEqual((error as? ValidationError)?.rule, "CONF-03")
        }
        XCTAssertEqual(try dumpWithoutAudit(), before)
        try assertDenied(.outsideScope) { _ = try database.updateClient(id: added.id, added.draft, as: session(frB1), at: now) }
    }

    func testUpdateToAnIDNumberOnFileIsRefused() throws {
        let first = try database.addClient(clientDraft(), as: session(frA), at: now)
        let second = try database.addClient(clientDraft(name: "李四", phone: "13700001111", idNumber: nil),
                                            as: session(frA), at: now)
        var draft = second.draft
        draft.idDocument = first.idDocument
        draft.birthDate = nil
        XCTAssertThrowsError(try database.updateClient(id: second.id, draft, as: session(frA), at: now)) { error in
            XCTAssertEqual((error as? PossibleDuplicateClients)?.duplicates.map(\.client.id), [first.id])
        }
    }
}
