import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class AuditLogTests: AccessTestCase {
    /// Runs SQL with the audit log's triggers dropped, then puts them back exactly as they were: what someone with
    /// the file and the sqlite3 shell could do. One transaction: a failing statement leaves everything as it was.
    private func bypassingTriggers(_ database: AppDatabase, _ sql: String) throws {
        try database.writer.write { db in
            let triggers = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'auditEntry'
                """)
            XCTAssertEqual(triggers.count, 3)
            for trigger in triggers { try db.execute(sql: "DROP TRIGGER \((trigger["name"] as String).quotedDatabaseIdentifier)") }
            try db.execute(sql: sql)
            for trigger in triggers { try db.execute(sql: trigger["sql"]) }
        }
    }

    /// Some activity: sign-ins, reads, a failed sign-in, a denial.
    private func someActivity() throws {
        let id = try plantConsent(holder: frA)
        _ = try database.authenticate(workerCode: frA.code, password: Self.password, at: now)
        _ = try database.consent(id: id, as: session(frA), at: now)
        _ = try? database.authenticate(workerCode: frA.code, password: "wrong", at: now)
        _ = try? database.consent(id: id, as: session(frB1), at: now)
        _ = try database.consent(id: id, as: session(sd), for: .print, at: now)
        try database.endSession(session(frA), .signedOut, at: now)
    }

    func testCONF02_theAuditLogIsAppendOnly() throws {
        try someActivity()
        for sql in ["UPDATE auditEntry SET detail = 'x' WHERE sequence = 1", "DELETE FROM auditEntry WHERE sequence = 1",
                    "DELETE FROM auditEntry",
                    """
                    INSERT INTO auditEntry (sequence, at, actorCode, action, host, detail, previousHash, hash)
                    VALUES (999, '2026-03-02T01:00:00.000Z', 'WM', 'view', 'pc', '', 'wrong', '\(String(repeating: "a", count: 64))')
                    """] {
            XCTAssertThrowsError(try database.writer.write { try $0.execute(sql: sql) }, sql) { error in
                XCTAssertTrue("\(error)".contains("CONF-02"), "\(error)")
            }
        }
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
    }

    func testCONF02_verifyCatchesAnEditedRow() throws {
        try someActivity()
        let intact = try database.verifyAuditLog()
        XCTAssertTrue(intact.isIntact)
        XCTAssertEqual(intact.checkedCount, try auditCount())
        XCTAssertEqual(intact.headHash, try lastAudit()?.hash)
        try bypassingTriggers(database, "UPDATE auditEntry SET actorCode = 'LZB' WHERE sequence = 3")
        XCTAssertEqual(try database.verifyAuditLog().firstBreak, AuditBreak(sequence: 3, problem: .rowAltered))
    }

    func testCONF02_verifyCatchesAnEditedRowWhoseHashWasRecomputed() throws {
        try someActivity()
        let row = try XCTUnwrap(auditRows().first { $0.sequence == 4 })
        var edited = row
        edited.detail = "nothing happened"
        let hash = Crypto.sha256Hex(edited.canonicalText)
        try bypassingTriggers(database, "UPDATE auditEntry SET detail = 'nothing happened', hash = '\(hash)' WHERE sequence = 4")
        XCTAssertEqual(try database.verifyAuditLog().firstBreak, AuditBreak(sequence: 5, problem: .chainBroken))
    }

    func testCONF02_verifyCatchesADeletedRow() throws {
        try someActivity()
        try bypassingTriggers(database, "DELETE FROM auditEntry WHERE sequence = 2")
        XCTAssertEqual(try database.verifyAuditLog().firstBreak,
                       AuditBreak(sequence: 3, problem: .sequenceGap(expected: 2)))
    }

    func testCONF02_verifyCatchesRowsDeletedAtTheEnd_evenAfterNewRows() throws {
        try someActivity()
        let count = Int64(try auditCount())
        try bypassingTriggers(database, "DELETE FROM auditEntry WHERE sequence >= \(count - 1)")
        XCTAssertEqual(try database.verifyAuditLog().firstBreak,
                       AuditBreak(sequence: count - 1, problem: .rowsMissingAtEnd(lastIssued: count)))
        // The program carries on after the gap: the gap stays visible.
        _ = try database.authenticate(workerCode: frA.code, password: Self.password, at: now)
        XCTAssertEqual(try database.verifyAuditLog().firstBreak,
                       AuditBreak(sequence: count + 1, problem: .sequenceGap(expected: count - 1)))
    }

    func testCONF02_verifyCatchesARowInsertedBehindTheProgramsBack() throws {
        try someActivity()
        let last = try XCTUnwrap(lastAudit())
        try bypassingTriggers(database, """
            INSERT INTO auditEntry (sequence, at, actorCode, action, host, detail, previousHash, hash)
            VALUES (\(last.sequence + 1), '2026-03-02T02:00:00.000Z', 'LZB', 'login', '\(last.host)', '',
                    '\(last.hash)', '\(String(repeating: "b", count: 64))')
            """)
        XCTAssertEqual(try database.verifyAuditLog().firstBreak,
                       AuditBreak(sequence: last.sequence + 1, problem: .rowAltered))
    }

    func testCONF02_verifyCatchesARowInsertedInTheMiddle() throws {
        try someActivity()
        let rows = try auditRows()
        let makeRoom = """
            UPDATE auditEntry SET sequence = sequence + 1000 WHERE sequence > 2;
            UPDATE auditEntry SET sequence = sequence - 999 WHERE sequence > 1000;
            """
        // A second row after row 2 is refused by the schema itself (previousHash is UNIQUE): the chain cannot fork.
        XCTAssertThrowsError(try bypassingTriggers(database, makeRoom + """
            INSERT INTO auditEntry (sequence, at, actorCode, action, host, detail, previousHash, hash)
            VALUES (3, '2026-03-02T02:00:00.000Z', 'LZB', 'login', 'pc', '', '\(rows[1].hash)',
                    '\(String(repeating: "c", count: 64))');
            """))
        // Slipped in with a made-up link, it breaks the chain there.
        try bypassingTriggers(database, makeRoom + """
            INSERT INTO auditEntry (sequence, at, actorCode, action, host, detail, previousHash, hash)
            VALUES (3, '2026-03-02T02:00:00.000Z', 'LZB', 'login', 'pc', '', '\(String(repeating: "d", count: 64))',
                    '\(String(repeating: "c", count: 64))');
            """)
        XCTAssertEqual(try database.verifyAuditLog().firstBreak, AuditBreak(sequence: 3, problem: .chainBroken))
    }

    /// On a real file, through the pool the program uses.
    func testCONF02_verifyOnADatabaseFile() throws {
        let path = try temporaryDatabasePath()
        let file = try AppDatabase.open(path: path)
        try file.loadReferenceData(from: Self.dataDirectory)
        let admin = try file.createAdministrator(name: "何思敏", password: "admin password 1", at: now)
        _ = try? file.authenticate(workerCode: admin.code, password: "wrong", at: now)
        let session = try file.authenticate(workerCode: admin.code, password: "admin password 1", at: now)
        // A denial through the pool's savepoint: rolled back, logged, committed.
        XCTAssertThrowsError(try file.auditEntries(as: session, at: now)) { XCTAssertTrue($0 is AccessDenied) }
        let reopened = try AppDatabase.open(path: path)
        XCTAssertTrue(try reopened.verifyAuditLog().isIntact)
        XCTAssertEqual(try reopened.verifyAuditLog().checkedCount, 4, "created, failed, signed in, denied")
        try bypassingTriggers(file, "UPDATE auditEntry SET at = '2026-03-01T00:00:00.000Z' WHERE sequence = 2")
        XCTAssertEqual(try AppDatabase.open(path: path).verifyAuditLog().firstBreak,
                       AuditBreak(sequence: 2, problem: .rowAltered))
    }

    func testCONF02_everyReadIsAudited() throws {
        let id = try plantConsent(holder: frA)
        let ref = ProtectedRecordRef(kind: .consent, id: id)
        let read = Date(timeIntervalSince1970: 1_772_413_200.456)
        _ = try database.consent(id: id, as: session(frA), at: read)
        let row = try XCTUnwrap(lastAudit())
        XCTAssertEqual(row.action, .view)
        XCTAssertEqual(row.actorCode, frA.code)
        XCTAssertEqual(row.record, ref)
        XCTAssertEqual(row.at, "2026-03-02T01:00:00.456Z")
        XCTAssertEqual(row.host, AppDatabase.hostName)
        XCTAssertFalse(row.host.isEmpty)
        _ = try database.consent(id: id, as: session(frA), for: .export, at: read)
        XCTAssertEqual(try lastAudit()?.action, .export)
        _ = try database.consent(id: id, as: session(frA), for: .print, at: read)
        XCTAssertEqual(try lastAudit()?.action, .print)
        try database.recordAccess(.export, to: ref, as: session(assA), detail: "case file PDF", at: read)
        XCTAssertEqual(try lastAudit()?.detail, "case file PDF")
        try assertRefused(database, field: "Action") {
            _ = try database.consent(id: id, as: session(frA), for: .edit, at: read)
        }
    }

    func testCONF02_everyKindOfEventLeavesAVerifiableRow() throws {
        let adminSession = session(admin)
        let signedIn = try database.authenticate(workerCode: frA.code, password: Self.password, at: now)
        _ = try? database.authenticate(workerCode: frA.code, password: "wrong", at: now)
        let consent = try database.recordConsent(draft(), as: signedIn, at: now)
        _ = try database.consent(id: consent.id, as: signedIn, at: now)
        _ = try database.consents(as: signedIn, at: now)
        _ = try database.consent(id: consent.id, as: signedIn, for: .export, at: now)
        _ = try database.consent(id: consent.id, as: signedIn, for: .print, at: now)
        try database.recordAccess(.approve, to: consent.ref, as: session(assA), at: now)
        _ = try database.consentCovers(clientID: "C-1", purpose: .receivingService, on: today, as: signedIn, at: now)
        try database.recordAccess(.edit, to: consent.ref, as: signedIn, detail: "note added", at: now)
        try database.withdrawConsent(id: consent.id, on: today, reason: "案主要求停止服务", as: signedIn, at: now)
        try database.setPassword(workerCode: frA.code, newPassword: "my new password 2", oldPassword: Self.password,
                                 by: signedIn, at: now)
        _ = try? database.consent(id: consent.id, as: session(frB1), at: now)
        try database.endSession(signedIn, .signedOut, at: now)
        try database.endSession(signedIn, .idleLocked, at: now)
        let newcomer = try database.addWorker(name: "罗振宇", role: .frontline, supervisorCode: assA.code,
                                              servicePointID: pointOne, by: adminSession, at: now)
        try database.setPassword(workerCode: newcomer.code, newPassword: "first password 1", by: adminSession, at: now)
        try database.setPassword(workerCode: newcomer.code, newPassword: "second password 2", by: adminSession, at: now)
        var moved = newcomer
        moved.role = .assistantSupervisor
        moved.supervisorCode = traA.code
        moved.servicePointID = pointTwo
        try database.updateWorker(moved, by: adminSession, at: now)
        try database.deactivateWorker(code: newcomer.code, by: adminSession, at: now)
        try database.reactivateWorker(code: newcomer.code, by: adminSession, at: now)
        try database.setPermission(Permission(role: .chair, action: .print, scope: .all), granted: true,
                                   by: adminSession, at: now)
        try database.setPermission(Permission(role: .chair, action: .print, scope: .all), granted: false,
                                   by: adminSession, at: now)
        try database.setPolicyValue(key: "account.lock_minutes", value: "20", by: adminSession, at: now)
        try database.addServicePoint(name: "石龙镇社工服务点", townName: "石龙", sectorCode: "REH",
                                     employerUnit: "石龙镇残疾人联合会", by: adminSession, at: now)
        try database.setServicePointActive(id: pointTwo, isActive: false, by: adminSession, at: now)
        try database.addTown(name: "新湾", by: adminSession, at: now)
        try database.updateTown(name: "新湾", code: "XWZ", by: adminSession, at: now)
        try database.importHolidays(text: "year 2027 测试通知 2026-11-01\noff  2027-01-01 元旦\n", by: adminSession, at: now)
        try database.issueArchiveCode(workerCode: frA.code, nature: .caseWork, townName: "茶山", sectorCode: "REH",
                                      date: today, by: session(assA), at: now)
        _ = try database.auditEntries(as: session(chair), at: now)
        let logged = Set(try auditRows().compactMap(\.action))
        let unexercised = Set(AuditAction.allCases).subtracting(logged)
        // The case-file actions are exercised by the case-file and client tests.
        let caseFileActions: Set<AuditAction> = [.clientMerged, .approvalRequested, .approvalRejected,
                                                 .revisionRequested, .transferRequested, .transferAccepted,
                                                 .attachmentAdded]
        XCTAssertEqual(unexercised.subtracting(caseFileActions), [.handover, .changeRefused],
                       "every kind of event but the handover and refused changes (see HandoverTests) was logged")
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
    }

    func testCONF02_policyValueChangesAreAudited() throws {
        try database.setPolicyValue(key: "account.max_failed_logins", value: "3", by: session(admin), at: now)
        let row = try XCTUnwrap(lastAudit())
        XCTAssertEqual(row.action, .policyChanged)
        XCTAssertEqual(row.actorCode, admin.code)
        XCTAssertEqual(row.record, ProtectedRecordRef(kind: .policyValue, id: "account.max_failed_logins"))
        XCTAssertEqual(row.detail, "6 → 3")
        try database.setPolicyValue(key: "account.max_failed_logins", value: "4")
        XCTAssertEqual(try lastAudit()?.actorCode, AuditEntry.systemActor, "without a session: the program itself")
        let count = try auditCount()
        try database.setPolicyValue(key: "account.max_failed_logins", value: "4", by: session(admin), at: now)
        XCTAssertEqual(try auditCount(), count, "no change, no row")
        try assertDenied(.actionNotGranted) {
            try database.setPolicyValue(key: "account.max_failed_logins", value: "99", by: session(frA), at: now)
        }
        XCTAssertEqual(try database.policy().accountMaxFailedLogins, 4)
    }

    func testCONF02_theViewerFiltersByPersonRecordActionAndTime() throws {
        let id = try plantConsent(holder: frA)
        let ref = ProtectedRecordRef(kind: .consent, id: id)
        let early = now, later = now.addingTimeInterval(3600)
        _ = try database.consent(id: id, as: session(frA), at: early)
        _ = try database.consent(id: id, as: session(assA), at: later)
        _ = try database.consent(id: id, as: session(sd), for: .export, at: later)
        _ = try? database.consent(id: id, as: session(frB1), at: later)
        let reader = session(sd)
        XCTAssertEqual(try database.auditEntries(filter: AuditFilter(record: ref), as: reader, at: later)
            .map(\.actorCode), [frB1.code, sd.code, assA.code, frA.code], "newest first")
        XCTAssertEqual(try database.auditEntries(filter: AuditFilter(actorCode: assA.code), as: reader, at: later)
            .map(\.action), [.view])
        XCTAssertEqual(try database.auditEntries(filter: AuditFilter(action: .accessDenied), as: reader, at: later)
            .map(\.actorCode), [frB1.code])
        XCTAssertEqual(try database.auditEntries(filter: AuditFilter(recordKind: .consent, from: later), as: reader, at: later)
            .count, 3)
        XCTAssertEqual(try database.auditEntries(filter: AuditFilter(recordKind: .consent, until: later), as: reader, at: later)
            .map(\.actorCode), [frA.code])
        XCTAssertEqual(try database.auditEntries(filter: AuditFilter(limit: 2), as: reader, at: later).count, 2)
        let look = try XCTUnwrap(lastAudit())
        XCTAssertEqual(look.action, .auditViewed, "looking at the log is logged too")
        XCTAssertEqual(look.detail, "limit=2 → 2 rows")
    }
}
