import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class ConsentStoreTests: AccessTestCase {
    func testCASE04_consentIsRecordedAsItsOwnProtectedRecord() throws {
        let consent = try database.recordConsent(draft(agencies: ["茶山镇残联", "东莞市第七人民医院"]), as: session(frA), at: now)
        XCTAssertEqual(consent.holderCode, frA.code)
        XCTAssertEqual(consent.servicePointID, pointOne)
        XCTAssertEqual(consent.recordedBy, frA.code)
        XCTAssertEqual(consent.scope.sharingAgencies, ["茶山镇残联", "东莞市第七人民医院"])
        XCTAssertEqual(consent.giver, .client)
        XCTAssertEqual(consent.recordedAs, .signedFormScanned)
        XCTAssertEqual(UUID(uuidString: consent.id)?.uuidString.lowercased(), consent.id, "a UUID id")
        XCTAssertEqual(try lastAudit()?.action, .create)
        XCTAssertEqual(try lastAudit()?.record, consent.ref)
        // A supervisor records one for a worker they supervise; a frontline worker not for a colleague.
        let forWorker = try database.recordConsent(draft(clientID: "C-2", holder: frA), as: session(assA), at: now)
        XCTAssertEqual(forWorker.holderCode, frA.code)
        try assertDenied(.outsideScope) {
            try database.recordConsent(draft(clientID: "C-3", holder: frA2), as: session(frA), at: now)
        }
        try assertRefused(database, field: "Holder") {
            try database.recordConsent(draft(clientID: "C-3", holder: Worker(code: "NOBODY", name: "x", role: .frontline)),
                                       as: session(assA), at: now)
        }
    }

    func testCASE04_aMinorsConsentSignedPersonallyIsRefusedAndNothingChanges() throws {
        var minor = draft()
        minor.clientBirthDate = try CalendarDate(year: 2012, month: 1, day: 1)
        try assertRefused(database, field: "Given by", rule: "CASE-04") {
            try database.recordConsent(minor, as: session(frA), at: now)
        }
        minor.giver = .guardian(name: "王大明", relationship: "父亲")
        let consent = try database.recordConsent(minor, as: session(frA), at: now)
        XCTAssertEqual(consent.giver, .guardian(name: "王大明", relationship: "父亲"))
        XCTAssertEqual(try database.consents(as: session(frA), at: now).first?.guardianName, "王*明")
    }

    func testSensitiveFieldsAreMaskedInLists_inFullOnTheRecord_andThatReadIsAudited() throws {
        let recorded = try database.recordConsent(draft(), as: session(frA), at: now)
        let summary = try XCTUnwrap(database.consents(clientID: "C-1", as: session(frA), at: now).first)
        XCTAssertEqual(summary.clientName, "王*明")
        XCTAssertEqual(summary.clientPhone, "138****1234")
        XCTAssertEqual(summary.clientIDNumber, "4401**********1234")
        XCTAssertEqual(summary.clientAddress, "茶山镇****")
        XCTAssertEqual(try lastAudit()?.action, .list)
        let full = try database.consent(id: recorded.id, as: session(frA), at: now)
        XCTAssertEqual(full.clientName, "王小明")
        XCTAssertEqual(full.clientPhone, "13812341234")
        XCTAssertEqual(full.clientIDNumber, "440101198005061234")
        XCTAssertEqual(full.clientAddress, "广东省东莞市茶山镇南社村南社路12号")
        XCTAssertEqual(try lastAudit()?.action, .view)
        XCTAssertEqual(try lastAudit()?.record, recorded.ref)
        // Every column the schema marks as sensitive is masked in the list as its field says.
        let marked = try database.sensitiveColumns().filter { $0.table == "consent" }
        XCTAssertEqual(Set(marked.map(\.column)),
                       ["clientName", "clientPhone", "clientIDNumber", "clientAddress", "guardianName", "note"])
        let listed: [String: String?] = ["clientName": summary.clientName, "clientPhone": summary.clientPhone,
                                         "clientIDNumber": summary.clientIDNumber, "clientAddress": summary.clientAddress]
        let stored: [String: String?] = ["clientName": full.clientName, "clientPhone": full.clientPhone,
                                         "clientIDNumber": full.clientIDNumber, "clientAddress": full.clientAddress]
        for column in marked where listed[column.column] != nil {
            XCTAssertEqual(listed[column.column]!, stored[column.column]!.map(column.field.mask), column.column)
        }
    }

    func testCONF01_aWithdrawnConsentStopsWhatItCovered() throws {
        let consent = try database.recordConsent(draft(agencies: ["茶山镇残联"]), as: session(frA), at: now)
        let later = today.adding(days: 20)
        let whenLater = now.addingTimeInterval(20 * 86_400)
        XCTAssertTrue(try database.consentCovers(clientID: "C-1", purpose: .receivingService, on: today,
                                                 as: session(frA), at: now))
        XCTAssertTrue(try database.consentCovers(clientID: "C-1", purpose: .sharing(agency: "茶山镇残联"), on: today,
                                                 as: session(frA), at: now))
        XCTAssertFalse(try database.consentCovers(clientID: "C-1", purpose: .sharing(agency: "东莞市公安局"), on: today,
                                                  as: session(frA), at: now), "only the named agencies")
        XCTAssertFalse(try database.consentCovers(clientID: "C-9", purpose: .receivingService, on: today,
                                                  as: session(frA), at: now), "no consent, no service")
        XCTAssertEqual(try lastAudit()?.action, .checkConsent)

        try assertRefused(database, field: "Withdrawal date") {
            try database.withdrawConsent(id: consent.id, on: today.adding(days: -1), reason: "案主要求", as: session(frA),
                                         at: whenLater)
        }
        try assertRefused(database, field: "Withdrawal date") {
            try database.withdrawConsent(id: consent.id, on: later.adding(days: 1), reason: "案主要求", as: session(frA),
                                         at: whenLater)
        }
        try assertRefused(database, field: "Reason") {
            try database.withdrawConsent(id: consent.id, on: later, reason: " ", as: session(frA), at: whenLater)
        }
        let withdrawn = try database.withdrawConsent(id: consent.id, on: later, reason: "案主要求停止服务",
                                                     as: session(frA), at: whenLater)
        XCTAssertEqual(withdrawn.withdrawal, ConsentWithdrawal(on: later, reason: "案主要求停止服务", recordedBy: frA.code))
        XCTAssertEqual(try lastAudit()?.action, .withdrawConsent)
        XCTAssertTrue(try database.consentCovers(clientID: "C-1", purpose: .receivingService, on: later.adding(days: -1),
                                                 as: session(frA), at: whenLater), "before the withdrawal it covered")
        for purpose in [ConsentPurpose.receivingService, .sharing(agency: "茶山镇残联")] {
            XCTAssertFalse(try database.consentCovers(clientID: "C-1", purpose: purpose, on: later, as: session(frA),
                                                      at: whenLater), "\(purpose) after the withdrawal")
        }
        XCTAssertEqual(try database.consents(as: session(frA), at: whenLater).first?.withdrawnOn, later)
        try assertRefused(database, field: "Consent", rule: "CASE-04") {
            try database.withdrawConsent(id: consent.id, on: later, reason: "again", as: session(frA), at: whenLater)
        }
    }

    func testCASE04_aConsentChangesOnlyByItsWithdrawal_inSQLToo() throws {
        let consent = try database.recordConsent(draft(agencies: ["茶山镇残联"]), as: session(frA), at: now)
        for sql in ["UPDATE consent SET clientName = '李四'", "UPDATE consent SET givenOn = '2020-01-01'",
                    "DELETE FROM consent", "DELETE FROM consentSharedAgency", "UPDATE consentSharedAgency SET agency = 'x'",
                    "DELETE FROM protectedRecord", "UPDATE protectedRecord SET kind = 'client'",
                    "UPDATE consent SET givenBy = 'client', clientLacksCapacity = 1",
                    "UPDATE consent SET withdrawnOn = '2026-03-05'"] {
            XCTAssertThrowsError(try database.writer.write { try $0.execute(sql: sql) }, sql)
        }
        try database.withdrawConsent(id: consent.id, on: today, reason: "案主要求", as: session(frA), at: now)
        XCTAssertThrowsError(try database.writer.write {
            try $0.execute(sql: "UPDATE consent SET withdrawnOn = NULL, withdrawalReason = NULL, withdrawalRecordedBy = NULL")
        }, "a withdrawn consent stays withdrawn")
    }
}
