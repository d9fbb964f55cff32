import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Scans and photos attached to protected records (CASE-14), read through the access policy and logged (CONF-02).
/// Consents stand in for the records: clients and case files attach the same way.
final class AttachmentStoreTests: AccessTestCase {
    private let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR签名页".utf8))

    private func consentOfFrA() throws -> ProtectedRecordRef {
        ProtectedRecordRef(kind: .consent, id: try plantConsent(holder: frA))
    }

    func testCASE14_aPNGIsCopiedIntoTheDatabaseWithItsFingerprint_andLogged() throws {
        let consent = try consentOfFrA()
        let summary = try database.attach(fileName: "/home/wm/扫描/同意书签名页.png", data: png, to: consent,
                                          as: session(frA), at: now)
        XCTAssertEqual(summary.record, consent)
        XCTAssertEqual(summary.fileName, "同意书签名页.png")
        XCTAssertEqual(summary.mediaType, .png)
        XCTAssertEqual(summary.byteCount, png.count)
        XCTAssertEqual(summary.sha256, Crypto.sha256Hex(png))
        XCTAssertEqual(summary.addedBy, frA.code)
        XCTAssertEqual(summary.addedAt, now)
        XCTAssertEqual(try database.attachments(of: consent, as: session(frA), at: now), [summary])
        XCTAssertEqual(try database.attachmentData(id: summary.id, as: session(frA), at: now), png)

        let added = try auditRows().first { $0.action == .attachmentAdded }
        XCTAssertEqual(added?.actorCode, frA.code)
        XCTAssertEqual(added?.record, consent)
        XCTAssertTrue(added?.detail.contains(summary.id) ?? false)
        XCTAssertTrue(added?.detail.contains(summary.sha256) ?? false)
    }

    func testCASE14_programsAreRefusedAndNothingIsWritten() throws {
        let consent = try consentOfFrA()
        let programs: [(String, Data)] = [
            ("照片.png", Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0])),
            ("同意书.pdf", Data(Array("MZ".utf8) + [0x90, 0, 3, 0])),
            ("记录.jpg", Data("#!/bin/sh\necho hi\n".utf8)),
        ]
        for (name, data) in programs {
            try assertRefused(database, field: "Attachment", rule: "CASE-14") {
                try database.attach(fileName: name, data: data, to: consent, as: session(frA), at: now)
            }
        }
    }

    func testCASE14_theSizeLimitComesFromThePolicyTable() throws {
        let consent = try consentOfFrA()
        try database.setPolicyValue(key: PolicyKey.attachmentMaxMegabytes.rawValue, value: "1")
        var photo = png
        photo.append(Data(count: AttachmentRules.bytesPerMegabyte + 1 - png.count))
        let refusal = try assertRefused(database, field: "Attachment", rule: "CASE-14") {
            try database.attach(fileName: "大图.png", data: photo, to: consent, as: session(frA), at: now)
        }
        XCTAssertTrue(refusal?.description.contains("the limit is 1.0 MB") ?? false, "\(String(describing: refusal))")
        try database.setPolicyValue(key: PolicyKey.attachmentMaxMegabytes.rawValue, value: "2")
        XCTAssertEqual(try database.attach(fileName: "大图.png", data: photo, to: consent, as: session(frA), at: now)
            .byteCount, photo.count)
    }

    func testCONF02_everyListReadExportAndPrintLeavesAnAuditRow() throws {
        let consent = try consentOfFrA()
        let id = try database.attach(fileName: "家访照片.png", data: png, to: consent, as: session(frA), at: now).id
        _ = try database.attachments(of: consent, as: session(assA), at: now)
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertEqual(try lastAudit()?.record, consent)
        for action in [AccessAction.view, .export, .print] {
            XCTAssertEqual(try database.attachmentData(id: id, as: session(sd), for: action, at: now), png)
            let last = try lastAudit()
            XCTAssertEqual(last?.actionText, action.rawValue)
            XCTAssertEqual(last?.actorCode, sd.code)
            XCTAssertEqual(last?.record, consent)
            XCTAssertTrue(last?.detail.contains(id) ?? false, last?.detail ?? "")
        }
        try assertRefused(database, field: "Action") {
            _ = try database.attachmentData(id: id, as: session(frA), for: .edit, at: now)
        }
    }

    func testCONF02_aWorkerOutsideTheRecordsScopesIsDenied() throws {
        let consent = try consentOfFrA()
        let id = try database.attach(fileName: "扫描件.png", data: png, to: consent, as: session(frA), at: now).id
        try assertDenied(.outsideScope) {
            try database.attach(fileName: "扫描件.png", data: png, to: consent, as: session(frB1), at: now)
        }
        try assertDenied(.outsideScope) { _ = try database.attachments(of: consent, as: session(frB1), at: now) }
        try assertDenied(.outsideScope) { _ = try database.attachmentData(id: id, as: session(frB1), at: now) }
        // 服务部 reads every record but edits only those it holds; 理事长 reads only.
        try assertDenied { try database.attach(fileName: "a.png", data: png, to: consent, as: session(sd), at: now) }
        try assertDenied { _ = try database.attachmentData(id: id, as: session(chair), for: .export, at: now) }
    }

    func testCONF02_anUnknownAttachmentOrRecordIsDeniedLikeOneOutOfScope() throws {
        let missing = ProtectedRecordRef(kind: .consent, id: "no-such-consent")
        try assertDenied(.noSuchRecord) {
            try database.attach(fileName: "a.png", data: png, to: missing, as: session(frA), at: now)
        }
        let denial = try assertDenied(.noSuchRecord) {
            _ = try database.attachmentData(id: "no-such-attachment", as: session(frA), at: now)
        }
        XCTAssertEqual(denial?.record, ProtectedRecordRef(kind: .attachment, id: "no-such-attachment"))
    }

    func testCASE14_anAttachedFileNeverChanges_inSQLToo() throws {
        let consent = try consentOfFrA()
        let id = try database.attach(fileName: "扫描件.png", data: png, to: consent, as: session(frA), at: now).id
        try database.writer.write { db in
            XCTAssertThrowsError(try db.execute(sql: "UPDATE attachment SET fileName = 'x.png' WHERE id = ?",
                                                arguments: [id]))
            XCTAssertThrowsError(try db.execute(sql: "DELETE FROM attachment WHERE id = ?", arguments: [id]))
            // An attachment names the kind of the record it belongs to.
            XCTAssertThrowsError(try db.execute(sql: """
                INSERT INTO attachment (id, recordKind, recordID, fileName, mediaType, byteCount, sha256, content,
                                        addedBy, addedAt)
                SELECT 'other', 'caseFile', recordID, fileName, mediaType, byteCount, sha256, content, addedBy, addedAt
                FROM attachment WHERE id = ?
                """, arguments: [id]))
        }
        XCTAssertEqual(try database.attachmentData(id: id, as: session(frA), at: now), png)
    }
}
