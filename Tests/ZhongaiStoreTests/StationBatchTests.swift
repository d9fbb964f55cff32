import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Issue 5 item 3: the office writes a station bundle, a laptop with no network collects sign-ins in its own
/// station file, and the office imports the batch once, whatever happens to the file on the way.
final class StationBatchTests: SignInTestCase {
    private var office: URL!
    private var laptop: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        office = try temporaryDirectory()
        laptop = try temporaryDirectory()
    }

    /// Bundle → station on "another machine" (another folder) → two sign-ins and a walk-in → batch file.
    private func collectedBatch(session index: Int = 0) throws -> (URL, StationDatabase, RosterEntry) {
        let bundleInOffice = office.appendingPathComponent("session.zhongai-station")
        try database.exportStationBundle(sessionID: sessions[index].id, passphrase: passphrase, to: bundleInOffice,
                                         as: session(frA), at: now)
        let bundle = laptop.appendingPathComponent("session.zhongai-station")
        try FileManager.default.copyItem(at: bundleInOffice, to: bundle)
        let station = try StationDatabase.open(bundle: bundle, passphrase: passphrase, now: sessionTime)
        XCTAssertEqual(station.sessionInfo.sessionID, sessions[index].id)
        XCTAssertEqual(try station.roster().map(\.name), ["王小明", "李娜", "欧阳娜娜"])
        XCTAssertTrue(try station.signIn(registrationID: members[0].id, signature: nil, at: sessionTime).isRecorded)
        XCTAssertTrue(try station.signIn(registrationID: members[2].id, signature: nil, at: sessionTime + 95)
            .isRecorded)
        let walkIn = try station.addWalkIn(name: "陈大文", phone: "13800004321", gender: .male, ageGroup: .senior,
                                           signature: nil, at: sessionTime + 120)
        let batch = laptop.appendingPathComponent("batch.zhongai-batch")
        try station.exportSignInBatch(to: batch, passphrase: passphrase, now: sessionTime + 3600)
        let back = office.appendingPathComponent("batch.zhongai-batch")
        try FileManager.default.copyItem(at: batch, to: back)
        return (back, station, walkIn)
    }

    func testGRP04_aBatchImportedTwiceEqualsOnce() throws {
        let (batch, _, walkIn) = try collectedBatch()
        let first = try database.importSignInBatch(from: batch, passphrase: passphrase, as: session(frA), at: now)
        XCTAssertEqual(first.signInsAdded, 3)
        XCTAssertEqual(first.walkInsAdded, 1)
        XCTAssertFalse(first.wasImportedBefore)
        let once = try signInDump()
        let second = try database.importSignInBatch(from: batch, passphrase: passphrase, as: session(frA), at: now)
        XCTAssertTrue(second.wasImportedBefore)
        XCTAssertEqual(second.signInsAdded, 0)
        XCTAssertEqual(second.signInsAlreadyPresent, 3)
        XCTAssertEqual(try signInDump(), once)
        // Each sign-in keeps its own time; the walk-in waits for matching.
        let signIns = try database.sessionSignIns(sessionID: sessions[0].id, as: session(frA), at: now)
        XCTAssertEqual(signIns.map(\.signedAt), [sessionTime, sessionTime + 95, sessionTime + 120])
        XCTAssertEqual(try database.walkInsAwaitingMatch(as: session(frA), at: now).map(\.id), [walkIn.id])
        let rollCall = try database.rollCall(programmeID: group.id, as: session(frA), at: later(days: 31))
        XCTAssertEqual(rollCall.sessions.first?.attendance, 3)
    }

    func testGRP04_aLaterBatchOfTheSameStationAddsOnlyWhatIsNew() throws {
        let (batch, station, _) = try collectedBatch()
        _ = try database.importSignInBatch(from: batch, passphrase: passphrase, as: session(frA), at: now)
        XCTAssertTrue(try station.signIn(registrationID: members[1].id, signature: nil, at: sessionTime + 600)
            .isRecorded)
        let later = laptop.appendingPathComponent("later.zhongai-batch")
        try station.exportSignInBatch(to: later, passphrase: passphrase, now: sessionTime + 7200)
        let summary = try database.importSignInBatch(from: later, passphrase: passphrase, as: session(frA), at: now)
        XCTAssertEqual(summary.signInsAdded, 1)
        XCTAssertEqual(summary.signInsAlreadyPresent, 3)
        XCTAssertEqual(summary.walkInsAlreadyPresent, 1)
    }

    func testGRP04_someoneSignedInAtTheOfficeAndAtTheStationCountsOnce() throws {
        let (batch, _, _) = try collectedBatch()
        _ = try database.recordSignIn(sessionID: sessions[0].id, registrationID: members[0].id, as: session(frA),
                                      at: sessionTime - 60)
        let summary = try database.importSignInBatch(from: batch, passphrase: passphrase, as: session(frA), at: now)
        XCTAssertEqual(summary.signInsAdded, 2)
        XCTAssertEqual(summary.signInsAlreadyPresent, 1)
    }

    private func assertBatchRefused(_ file: URL, passphrase given: String? = nil, expectedSession: String? = nil,
                                    field: String, saying words: String, line: UInt = #line) throws {
        let error = try assertRefused(field: field, line: line) {
            _ = try database.importSignInBatch(from: file, passphrase: given ?? passphrase,
                                               expectedSessionID: expectedSession, as: session(frA), at: now)
        }
        XCTAssertTrue(error?.description.contains(words) ?? false, error?.description ?? "", line: line)
    }

    private func assertRefused(field: String, line: UInt, _ body: () throws -> Void) throws -> ValidationError? {
        try assertRefused(database, field: field, line: line, body)
    }

    func testAFlippedByteIsRefusedAndChangesNothing() throws {
        let (batch, _, _) = try collectedBatch()
        var bytes = [UInt8](try Data(contentsOf: batch))
        for offset in [bytes.count / 2, bytes.count - 1, StationCipher.headerLength - 8 - 16 - 5] {
            var changed = bytes
            changed[offset] ^= 0x01
            let file = office.appendingPathComponent("flipped-\(offset).zhongai-batch")
            try Data(changed).write(to: file)
            try assertBatchRefused(file, field: "Sign-in batch", saying: "changed")
        }
        // A changed salt makes another key: told apart from a damaged body, not from a wrong passphrase.
        var salted = bytes
        salted[StationCipher.magic.count + 20] ^= 0x01
        let file = office.appendingPathComponent("salted.zhongai-batch")
        try Data(salted).write(to: file)
        try assertBatchRefused(file, field: "Passphrase", saying: "header was changed")
        bytes[StationCipher.magic.count] = 9
        let newer = office.appendingPathComponent("newer.zhongai-batch")
        try Data(bytes).write(to: newer)
        try assertBatchRefused(newer, field: "Sign-in batch", saying: "version 9")
    }

    func testATruncatedBatchIsRefusedAndChangesNothing() throws {
        let (batch, _, _) = try collectedBatch()
        let bytes = try Data(contentsOf: batch)
        let cut = office.appendingPathComponent("cut.zhongai-batch")
        try bytes.prefix(bytes.count - 10).write(to: cut)
        try assertBatchRefused(cut, field: "Sign-in batch", saying: "truncated")
        try bytes.prefix(40).write(to: cut)
        try assertBatchRefused(cut, field: "Sign-in batch", saying: "truncated")
    }

    func testAWrongPassphraseIsRefusedAndChangesNothing() throws {
        let (batch, _, _) = try collectedBatch()
        try assertBatchRefused(batch, passphrase: "another passphrase", field: "Passphrase", saying: "wrong passphrase")
    }

    func testGRP04_anotherSessionsBatchIsRefusedAndChangesNothing() throws {
        let (batch, _, _) = try collectedBatch(session: 0)
        try assertBatchRefused(batch, expectedSession: sessions[1].id, field: "Programme session", saying: "another session")
    }

    func testAForeignBatchIsRefusedAndChangesNothing() throws {
        let foreign = SignInBatch(batchID: UUID().uuidString.lowercased(), officeID: UUID().uuidString.lowercased(),
                                  stationID: UUID().uuidString.lowercased(), sessionID: sessions[0].id,
                                  bundleID: UUID().uuidString.lowercased(), exportedAt: now, walkIns: [],
                                  signIns: [StationSignIn(id: UUID().uuidString.lowercased(),
                                                          registrationID: members[0].id, signedAt: sessionTime)])
        let file = office.appendingPathComponent("foreign.zhongai-batch")
        try StationCipher.encrypt(try foreign.encoded(), kind: .batch, passphrase: passphrase).write(to: file)
        try assertBatchRefused(file, field: "Sign-in batch", saying: "another office database")
        // A bundle is not a batch.
        let bundle = office.appendingPathComponent("b.zhongai-station")
        try database.exportStationBundle(sessionID: sessions[0].id, passphrase: passphrase, to: bundle,
                                         as: session(frA), at: now)
        try assertBatchRefused(bundle, field: "Sign-in batch", saying: "not a sign-in batch")
    }

    func testTheStationKeepsItsSignInsAcrossReopeningAndTellsDoubleSignIns() throws {
        let (_, station, walkIn) = try collectedBatch()
        let reopened = try StationDatabase.open(path: StationDatabase.defaultPath(
            forBundle: laptop.appendingPathComponent("session.zhongai-station")))
        XCTAssertEqual(try reopened.signIns().count, 3)
        XCTAssertEqual(try reopened.signIn(registrationID: walkIn.id, signature: nil, at: sessionTime + 999),
                       .alreadySignedIn(at: AppDatabase.signInTime(sessionTime + 120)))
        XCTAssertEqual(reopened.sessionInfo, station.sessionInfo)
        XCTAssertThrowsError(try reopened.verifyLeave(password: "not the passphrase"))
        XCTAssertNoThrow(try reopened.verifyLeave(password: passphrase))
        XCTAssertThrowsError(try reopened.exportSignInBatch(to: laptop.appendingPathComponent("x"),
                                                            passphrase: "not the passphrase"))
    }

    func testCONF02_writingABundleIsAnExportOfPersonalDataAndLogged() throws {
        let bundle = office.appendingPathComponent("b.zhongai-station")
        try database.exportStationBundle(sessionID: sessions[0].id, passphrase: passphrase, to: bundle,
                                         as: session(frA), at: now)
        XCTAssertEqual(try lastAudit()?.action, .export)
        let text = String(decoding: try Data(contentsOf: bundle), as: UTF8.self)
        XCTAssertFalse(text.contains("13800001234"), "the bundle is encrypted")
        try assertDenied(.outsideScope) {
            try database.exportStationBundle(sessionID: sessions[0].id, passphrase: passphrase,
                                             to: office.appendingPathComponent("c"), as: session(frB1), at: now)
        }
    }
}
