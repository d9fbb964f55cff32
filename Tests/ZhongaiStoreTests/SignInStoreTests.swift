import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class SignInStoreTests: SignInTestCase {
    func testGRP04_signingInTwiceIsToldAndCountedOnce() throws {
        let ledger = try database.signInLedger(sessionID: sessions[0].id, as: session(frA), at: now)
        XCTAssertEqual(ledger.sessionInfo.sessionNumber, 1)
        XCTAssertEqual(ledger.sessionInfo.programmeCode, group.code)
        let first = try ledger.signIn(registrationID: members[0].id, signature: nil, at: sessionTime)
        guard case .recorded(let id, let at) = first else { return XCTFail("\(first)") }
        XCTAssertEqual(id.count, 36)
        XCTAssertEqual(at, AppDatabase.signInTime(sessionTime))
        let again = try ledger.signIn(registrationID: members[0].id, signature: nil, at: sessionTime + 60)
        XCTAssertEqual(again, .alreadySignedIn(at: AppDatabase.signInTime(sessionTime)))
        XCTAssertEqual(try ledger.signIns().count, 1)
        XCTAssertEqual(try ledger.roster().filter { $0.signedInAt != nil }.map(\.id), [members[0].id])
        // The same person may sign in to the next session.
        let next = try database.recordSignIn(sessionID: sessions[1].id, registrationID: members[0].id,
                                             as: session(frA), at: sessionTime + 7 * 86_400)
        XCTAssertTrue(next.isRecorded)
    }

    func testGRP04_signatureStrokesAreKept() throws {
        let strokes = SignatureStrokes(width: 400, height: 160, strokes: [[SignaturePoint(x: 10.4, y: 20),
                                                                           SignaturePoint(x: 30, y: 41.6)]])
        _ = try database.recordSignIn(sessionID: sessions[0].id, registrationID: members[1].id, signature: strokes,
                                      as: session(frA), at: sessionTime)
        let kept = try database.sessionSignIns(sessionID: sessions[0].id, as: session(frA), at: now)
        XCTAssertEqual(kept.first?.signature?.strokes.first?.map(\.x), [10, 30])
        XCTAssertEqual(kept.first?.signature?.strokes.first?.map(\.y), [20, 42])
    }

    func testGRP04_someoneNotRegisteredIsRefusedAndNothingWritten() throws {
        let other = try database.createProgramme(activityDraft(), as: session(frA), at: now)
        try assertRefused(field: "Participant", rule: "GRP-04") {
            _ = try database.recordSignIn(sessionID: sessions[0].id, registrationID: other.id, as: session(frA),
                                          at: sessionTime)
        }
    }

    func testGRP04_aSignInIsNeverChangedOrDeleted() throws {
        _ = try database.recordSignIn(sessionID: sessions[0].id, registrationID: members[0].id, as: session(frA),
                                      at: sessionTime)
        XCTAssertThrowsError(try database.writer.write { db in try db.execute(sql: "DELETE FROM signIn") })
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE signIn SET signedAt = '2026-01-01T00:00:00.000Z'")
        })
    }

    func testGRP04_walkInIsRegisteredFlaggedSignedInAndQueuedForMatching() throws {
        let ledger = try database.signInLedger(sessionID: sessions[0].id, as: session(frA), at: now)
        let walkIn = try ledger.addWalkIn(name: " 陈大文 ", phone: "138 0000 4321", gender: .male, ageGroup: .senior,
                                          signature: nil, at: sessionTime)
        XCTAssertEqual(walkIn.name, "陈大文")
        XCTAssertEqual(walkIn.phone, "13800004321")
        XCTAssertTrue(walkIn.isWalkIn)
        XCTAssertNotNil(walkIn.signedInAt)
        XCTAssertEqual(try ledger.signIns().map(\.registrationID), [walkIn.id])
        let waiting = try database.walkInsAwaitingMatch(as: session(frA), at: now)
        XCTAssertEqual(waiting.map(\.id), [walkIn.id])
        XCTAssertEqual(waiting.first?.programmeCode, group.code)
        // Another frontline worker outside the chain does not see them.
        XCTAssertEqual(try database.walkInsAwaitingMatch(as: session(frB1), at: now), [])
        try database.confirmWalkInAsNew(registrationID: walkIn.id, as: session(frA), at: now)
        XCTAssertEqual(try database.walkInsAwaitingMatch(as: session(frA), at: now), [])
        try assertRefused(field: "Walk-in", rule: "GRP-03") {
            try database.confirmWalkInAsNew(registrationID: walkIn.id, as: session(frA), at: now)
        }
    }

    func testGRP04_walkInNeedsAName() throws {
        let ledger = try database.signInLedger(sessionID: sessions[0].id, as: session(frA), at: now)
        try assertRefused(field: "Name", rule: "GRP-04") {
            _ = try ledger.addWalkIn(name: "  ", phone: "", gender: .unstated, ageGroup: .unstated, signature: nil,
                                     at: sessionTime)
        }
        try assertRefused(field: "Phone") {
            _ = try ledger.addWalkIn(name: "陈大文", phone: "12ab", gender: .unstated, ageGroup: .unstated,
                                     signature: nil, at: sessionTime)
        }
    }

    func testCONF02_theKioskOfAProgrammeOutsideScopeIsDeniedAndLogged() throws {
        try assertDenied(.outsideScope) {
            _ = try database.signInLedger(sessionID: sessions[0].id, as: session(frB1), at: now)
        }
        try assertDenied(.outsideScope) {
            _ = try database.recordSignIn(sessionID: sessions[0].id, registrationID: members[0].id,
                                          as: session(frB1), at: sessionTime)
        }
    }

    func testLeavingTheOfficeKioskNeedsTheWorkersPassword() throws {
        let ledger = try database.signInLedger(sessionID: sessions[0].id, as: session(frA), at: now)
        XCTAssertThrowsError(try ledger.verifyLeave(password: "wrong password"))
        XCTAssertNoThrow(try ledger.verifyLeave(password: AccessTestCase.password))
    }

    func testGRP04_rollCallCountsAttendanceAndFlagsConsecutiveAbsences() throws {
        _ = try database.recordSignIn(sessionID: sessions[0].id, registrationID: members[0].id, as: session(frA),
                                      at: sessionTime)
        _ = try database.recordSignIn(sessionID: sessions[1].id, registrationID: members[0].id, as: session(frA),
                                      at: sessionTime + 7 * 86_400)
        _ = try database.recordSignIn(sessionID: sessions[0].id, registrationID: members[1].id, as: session(frA),
                                      at: sessionTime)
        let rollCall = try database.rollCall(programmeID: group.id, as: session(frA), at: later(days: 40))
        XCTAssertEqual(rollCall.sessions.map(\.attendance), [2, 1])
        XCTAssertEqual(rollCall.absenceFlag, 2)
        let byName = Dictionary(uniqueKeysWithValues: rollCall.members.map { ($0.name, $0) })
        XCTAssertEqual(byName["王小明"]?.attendanceRate, 1)
        XCTAssertEqual(byName["李娜"]?.marks, [.present, .absent])
        XCTAssertEqual(byName["李娜"]?.isFlagged, false)
        XCTAssertEqual(byName["欧阳娜娜"]?.longestAbsenceRun, 2)
        XCTAssertEqual(byName["欧阳娜娜"]?.isFlagged, true)
        XCTAssertEqual(rollCall.flaggedMembers.map(\.name), ["欧阳娜娜"])
        // Before the second session is held, it counts for nobody.
        let early = try database.rollCall(programmeID: group.id, as: session(frA), at: later(days: 31))
        XCTAssertEqual(early.members.first { $0.name == "李娜" }?.marks, [.present, .notCounted])
    }

    func testCONF02_exportsOfSignInRecordsAreLoggedAndGuarded() throws {
        _ = try database.register(registrationDraft("=HYPERLINK(\"x\")", phone: "13600001111"), in: group.id,
                                  as: session(frA), at: now)
        _ = try database.recordSignIn(sessionID: sessions[0].id, registrationID: members[0].id, as: session(frA),
                                      at: sessionTime)
        let registrations = try database.registrationsCSV(programmeID: group.id, as: session(frA), at: now)
        XCTAssertEqual(try lastAudit()?.action, .export)
        XCTAssertTrue(registrations.text.contains("\"'=HYPERLINK(\"\"x\"\")\""), registrations.text)
        XCTAssertEqual(Array(registrations.data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let signIns = try database.signInsCSV(programmeID: group.id, as: session(frA), at: now)
        XCTAssertTrue(signIns.text.contains("2026-04-01 09:30:00"), signIns.text)
        let rollCall = try database.rollCallCSV(programmeID: group.id, as: session(frA), at: later(days: 40))
        XCTAssertEqual(rollCall.rows.first?.prefix(4), ["王小明", "", "✓", "✗"])
        try assertDenied(.outsideScope) {
            _ = try database.registrationsCSV(programmeID: group.id, as: session(frB1), at: now)
        }
    }
    func testGRP04_aWalkInIsMatchedToAClientTheWorkerMayViewOnce() throws {
        let walkIn = try database.recordWalkIn(sessionID: sessions[0].id, name: "陈大文", phone: "", as: session(frA),
                                               at: sessionTime)
        let mine = try database.addClient(ClientDraft(name: "陈大文", birthDate: try CalendarDate(parsing: "1950-01-02"),
                                                      categoryCode: "elderly", phone: "13812340001"),
                                          as: session(frA), at: now)
        let theirs = try database.addClient(ClientDraft(name: "陈大文", birthDate: try CalendarDate(parsing: "1951-01-02"),
                                                        categoryCode: "elderly", phone: "13812340002"),
                                            as: session(frB1), at: now)
        try assertDenied(.outsideScope) {
            try database.matchWalkIn(registrationID: walkIn.id, clientID: theirs.id, as: session(frA), at: now)
        }
        try database.matchWalkIn(registrationID: walkIn.id, clientID: mine.id, as: session(frA), at: now)
        XCTAssertEqual(try database.walkInsAwaitingMatch(as: session(frA), at: now), [])
        let clientID = try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT clientID FROM registration WHERE id = ?", arguments: [walkIn.id])
        }
        XCTAssertEqual(clientID, mine.id)
        try assertRefused(field: "Walk-in", rule: "GRP-03") {
            try database.matchWalkIn(registrationID: walkIn.id, clientID: mine.id, as: session(frA), at: now)
        }
    }
}
