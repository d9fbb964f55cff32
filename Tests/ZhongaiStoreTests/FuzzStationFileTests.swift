import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Mutation fuzzing of the files a sign-in station carries (issue 9 item 6): the encrypted sign-in batch the office
/// imports and the station bundle a laptop opens. Three kinds of hostile input, each from a fixed seed:
/// - the encrypted file's bytes (800 mutations): always refused, by its authentication or its header checks;
/// - the plain JSON inside, mutated as text and encrypted with the right passphrase (1000 mutations): valid crypto,
///   damaged content;
/// - the batch's values (600 batches of 1–3 hostile or harmless changes): unknown sessions and people, repeated
///   rows, times outside the station's use, bad walk-ins, bad UUIDs, damaged signatures.
/// Every input is accepted or refused with a `ValidationError` naming a field (no trap, no SQLite error), and a
/// refused one leaves the database as it was (the tables an import writes and the audit log after every refusal,
/// every row of every table after every 25th input). The files are encrypted with libsodium's minimum
/// Argon2id costs (a reader takes any valid cost), which keeps each test under 20 s in a debug build.
final class FuzzStationFileTests: SignInTestCase {
    private var folder: URL!
    private var bundle: StationBundle!
    private var base: SignInBatch!
    /// libsodium's crypto_pwhash_opslimit_min and memlimit_min.
    private let minOps: UInt64 = 1, minMem: UInt64 = 8192

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = try temporaryDirectory()
        bundle = try database.exportStationBundle(sessionID: sessions[0].id, passphrase: passphrase,
                                                  to: folder.appendingPathComponent("session.zhongai-station"),
                                                  as: session(frA), at: now)
        let walkIn = StationWalkIn(registrationID: uuid(), name: "陈大文", phone: "13800004321", gender: .male,
                                   ageGroup: .senior, registeredAt: sessionTime + 120)
        let pad = SignatureStrokes(width: 400, height: 160, strokes: [[SignaturePoint(x: 3, y: 4),
                                                                       SignaturePoint(x: 90, y: 60)]])
        base = SignInBatch(batchID: uuid(), officeID: bundle.officeID, stationID: bundle.stationID,
                           sessionID: bundle.session.sessionID, bundleID: bundle.bundleID,
                           exportedAt: sessionTime + 3600, walkIns: [walkIn],
                           signIns: [StationSignIn(id: uuid(), registrationID: members[0].id, signedAt: sessionTime,
                                                   signature: pad),
                                     StationSignIn(id: uuid(), registrationID: members[2].id,
                                                   signedAt: sessionTime + 95),
                                     StationSignIn(id: uuid(), registrationID: walkIn.registrationID,
                                                   signedAt: sessionTime + 120)])
    }

    private func uuid() -> String { UUID().uuidString.lowercased() }

    private func file(_ bytes: Data) throws -> URL {
        let url = folder.appendingPathComponent("batch.zhongai-batch")
        try bytes.write(to: url)
        return url
    }

    private func encrypted(_ plain: Data) throws -> Data {
        try StationCipher.encrypt(plain, kind: .batch, passphrase: passphrase, ops: minOps, mem: minMem)
    }

    /// What an import may change: the sign-in tables and the audit log (its length and last hash). Cheap enough to
    /// take around every import; the full dump of every table is compared on every 25th.
    private func footprint() throws -> [String] {
        try signInDump() + database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT COUNT(*), (SELECT hash FROM auditEntry ORDER BY sequence DESC LIMIT 1) FROM auditEntry
                """).map(\.description)
        }
    }

    /// Imports `file`; returns whether it was accepted. A refusal must be a ValidationError naming a field, and
    /// leave the database as it was; anything else fails the test with the iteration's number.
    @discardableResult
    private func importChecked(_ file: URL, _ label: String, iteration: Int = 0) throws -> Bool {
        let full = iteration % 25 == 0
        let before = full ? try dump(database) : try footprint()
        do {
            _ = try database.importSignInBatch(from: file, passphrase: passphrase, as: session(frA), at: now)
            return true
        } catch let error as ValidationError {
            XCTAssertFalse(error.field.isEmpty, label)
            XCTAssertEqual(full ? try dump(database) : try footprint(), before,
                           "\(label): a refused batch changed the database: \(error)")
            return false
        } catch {
            XCTFail("\(label): \(type(of: error)) \(error)")
            return false
        }
    }

    func testMutatedCiphertextIsAlwaysRefused() throws {
        let good = [UInt8](try encrypted(try base.encoded()))
        // The Argon2id costs are left alone: a changed cost is refused or costs up to a gigabyte to try.
        let costs = StationCipher.magic.count + 2..<StationCipher.magic.count + 18
        var mutator = FuzzMutator(state: 31)
        for iteration in 0..<800 {
            var bytes = mutator.mutate(good)
            if bytes.count >= costs.upperBound { bytes.replaceSubrange(costs, with: good[costs]) }
            guard bytes != good else { continue }
            XCTAssertFalse(try importChecked(try file(Data(bytes)), "ciphertext \(iteration)", iteration: iteration),
                           "ciphertext \(iteration) was accepted")
        }
        XCTAssertTrue(try importChecked(try file(Data(good)), "the unchanged batch"))
    }

    func testGRP04_mutatedPlainBatchesWithValidCryptoAreAcceptedOrRefused() throws {
        let json = String(decoding: try base.encoded(), as: UTF8.self)
        var mutator = FuzzMutator(state: 32)
        var refused = 0, accepted = 0
        for iteration in 0..<1000 {
            let text = mutator.mutate(json, alphabet: FuzzMutator.jsonAlphabet)
            if try importChecked(try file(try encrypted(Data(text.utf8))), "plain \(iteration)", iteration: iteration) {
                accepted += 1
            } else {
                refused += 1
            }
        }
        XCTAssertGreaterThan(refused, 600)
        XCTAssertGreaterThan(accepted, 0)
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
    }

    /// A change to a batch's values; `hostile` ones must be refused.
    private struct Change {
        var name: String
        var hostile: Bool
        var apply: (inout SignInBatch) -> Void
    }

    private func changes() -> [Change] {
        let day: TimeInterval = 86_400
        let other = sessions[1].id
        func signIn(_ edit: @escaping (inout StationSignIn) -> Void) -> (inout SignInBatch) -> Void {
            { batch in edit(&batch.signIns[0]) }
        }
        func walkIn(_ edit: @escaping (inout StationWalkIn) -> Void) -> (inout SignInBatch) -> Void {
            { batch in edit(&batch.walkIns[0]) }
        }
        return [
            Change(name: "unknown session", hostile: true) { $0.sessionID = UUID().uuidString.lowercased() },
            Change(name: "the other session", hostile: true) { $0.sessionID = other },
            Change(name: "another office", hostile: true) { $0.officeID = UUID().uuidString.lowercased() },
            Change(name: "another station", hostile: true) { $0.stationID = UUID().uuidString.lowercased() },
            Change(name: "unknown bundle", hostile: true) { $0.bundleID = UUID().uuidString.lowercased() },
            Change(name: "batch id not a UUID", hostile: true) { $0.batchID = "batch-1" },
            Change(name: "empty batch id", hostile: true) { $0.batchID = "" },
            Change(name: "newer format", hostile: true) { $0.formatVersion = 2 },
            Change(name: "format 0", hostile: true) { $0.formatVersion = 0 },
            Change(name: "unknown member", hostile: true, apply: signIn { $0.registrationID = UUID().uuidString }),
            Change(name: "member id empty", hostile: true, apply: signIn { $0.registrationID = "" }),
            Change(name: "sign-in id not a UUID", hostile: true, apply: signIn { $0.id = "1; DROP TABLE signIn" }),
            Change(name: "sign-in twice", hostile: true) { $0.signIns.append($0.signIns[0]) },
            Change(name: "person twice", hostile: true) { batch in
                var again = batch.signIns[0]
                again.id = UUID().uuidString.lowercased()
                again.signedAt += 30
                batch.signIns.append(again)
            },
            Change(name: "signed in 1970", hostile: true, apply: signIn { $0.signedAt = Date(timeIntervalSince1970: 0) }),
            Change(name: "signed in year 9999", hostile: true,
                   apply: signIn { $0.signedAt = AuditTimestamp.parse("9999-12-31T23:59:59.999Z")! }),
            Change(name: "signed in 3 days late", hostile: true, apply: signIn { $0.signedAt = self.sessionTime + 3 * day }),
            Change(name: "signed in before its bundle was written", hostile: true,
                   apply: signIn { $0.signedAt = self.now - 2 * day }),
            Change(name: "signature of no size", hostile: true, apply: signIn {
                $0.signature = SignatureStrokes(width: 0, height: 0, strokes: [])
            }),
            Change(name: "signature of a huge pad", hostile: true, apply: signIn {
                $0.signature = SignatureStrokes(width: 1e12, height: 100, strokes: [])
            }),
            Change(name: "walk-in phone too short", hostile: true, apply: walkIn { $0.phone = "12345" }),
            Change(name: "walk-in phone of letters", hostile: true, apply: walkIn { $0.phone = "138abcd1234" }),
            Change(name: "walk-in phone too long", hostile: true, apply: walkIn { $0.phone = "138000043210000000" }),
            Change(name: "walk-in without a name", hostile: true, apply: walkIn { $0.name = " \n\t" }),
            Change(name: "walk-in name too long", hostile: true,
                   apply: walkIn { $0.name = String(repeating: "欧阳", count: 30) }),
            Change(name: "walk-in id not a UUID", hostile: true) { batch in
                batch.walkIns[0].registrationID = "walk-in"
                batch.signIns[2].registrationID = "walk-in"
            },
            Change(name: "walk-in is a registered member", hostile: true) { batch in
                batch.walkIns[0].registrationID = self.members[1].id
                batch.signIns[2].registrationID = self.members[1].id
            },
            Change(name: "walk-in twice", hostile: true) { $0.walkIns.append($0.walkIns[0]) },
            Change(name: "walk-in registered before its bundle", hostile: true,
                   apply: walkIn { $0.registeredAt = self.now - 7 * day }),
            // Year 10000 in China time: turning it into a calendar date trapped the import before this fuzzing.
            Change(name: "walk-in registered in year 9999", hostile: true,
                   apply: walkIn { $0.registeredAt = AuditTimestamp.parse("9999-12-31T20:00:00.000Z")! }),
            Change(name: "new batch id", hostile: false) { $0.batchID = UUID().uuidString.lowercased() },
            Change(name: "upper-case ids", hostile: false) { $0.batchID = $0.batchID.uppercased() },
            Change(name: "walk-in without a phone", hostile: false, apply: walkIn { $0.phone = "" }),
            Change(name: "walk-in phone with spaces", hostile: false, apply: walkIn { $0.phone = " 13800004321 " }),
            Change(name: "walk-in name of 40 characters with marks", hostile: false,
                   apply: walkIn { $0.name = "\u{202E}🙂" + String(repeating: "娜", count: 38) }),
            Change(name: "no signature", hostile: false, apply: signIn { $0.signature = nil }),
            Change(name: "signed in late the same evening", hostile: false, apply: signIn { $0.signedAt += 8 * 3600 }),
            Change(name: "signed in a week before the session", hostile: false, apply: signIn { $0.signedAt -= 7 * day }),
            Change(name: "fresh sign-in ids", hostile: false) { batch in
                for index in batch.signIns.indices { batch.signIns[index].id = UUID().uuidString.lowercased() }
            },
            Change(name: "no walk-in", hostile: false) { batch in
                batch.walkIns = []
                batch.signIns.removeLast()
            },
            Change(name: "nothing signed", hostile: false) { batch in
                batch.walkIns = []
                batch.signIns = []
            },
        ]
    }

    func testGRP04_hostileBatchValuesAreRefusedAndHarmlessOnesAccepted() throws {
        let changes = changes()
        var mutator = FuzzMutator(state: 33)
        var refused = 0
        for iteration in 0..<600 {
            var batch = base!
            batch.batchID = uuid()
            // Harmless changes first, then at most one hostile one (two could undo each other: a day early and a
            // day late); a change that drops rows goes alone, so that the others find the rows they change.
            let picked = (0...mutator.below(3)).map { _ in changes[mutator.below(changes.count)] }
            var applied = picked.filter { !$0.hostile } + picked.filter(\.hostile).prefix(1)
            if let drop = applied.first(where: { ["no walk-in", "nothing signed"].contains($0.name) }) {
                applied = [drop]
            }
            for change in applied { change.apply(&batch) }
            let label = "batch \(iteration): " + applied.map(\.name).joined(separator: ", ")
            let accepted = try importChecked(try file(try encrypted(try batch.encoded())), label, iteration: iteration)
            if applied.contains(where: \.hostile) {
                XCTAssertFalse(accepted, "\(label) was accepted")
                refused += 1
            } else {
                XCTAssertTrue(accepted, "\(label) was refused")
            }
        }
        XCTAssertGreaterThan(refused, 350)
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
        // Every sign-in that got in is of someone registered for the programme, between the bundle and the day after.
        let outside = try database.writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM signIn s JOIN registration r ON r.id = s.registrationID
                WHERE r.programmeID <> ? OR s.signedAt < ? OR s.signedAt > ?
                """, arguments: [group.id, AuditTimestamp.format(now - 86_400),
                                 AuditTimestamp.format(sessionTime + 86_400 * 2)])
        }
        XCTAssertEqual(outside, 0)
    }

    /// The bundle a laptop opens: its plain JSON mutated (2000 times) is read or refused with a ValidationError,
    /// and a bundle with hostile roster rows (empty or repeated ids, empty names) is refused with a message
    /// rather than a SQLite constraint error.
    func testMutatedStationBundlesAreReadOrRefused() throws {
        let json = String(decoding: try bundle.encoded(), as: UTF8.self)
        var mutator = FuzzMutator(state: 34)
        var refused = 0
        for iteration in 0..<2000 {
            do {
                _ = try StationBundle(decoding: Data(mutator.mutate(json, alphabet: FuzzMutator.jsonAlphabet).utf8))
            } catch is ValidationError {
                refused += 1
            } catch {
                XCTFail("bundle \(iteration): \(type(of: error)) \(error)")
            }
        }
        XCTAssertGreaterThan(refused, 1000)
        let first = bundle.roster[0]
        let hostile: [(String, [RosterEntry])] = [
            ("an empty id", [RosterEntry(id: "", name: "王小明", phone: "", isWalkIn: false, signedInAt: nil)]),
            ("an empty name", [RosterEntry(id: uuid(), name: "", phone: "", isWalkIn: false, signedInAt: nil)]),
            ("a repeated id", [first, first]),
        ]
        for (name, roster) in hostile {
            var content = bundle!
            content.roster = roster
            let url = folder.appendingPathComponent("hostile.zhongai-station")
            try StationCipher.encrypt(try content.encoded(), kind: .bundle, passphrase: passphrase, ops: minOps,
                                      mem: minMem).write(to: url)
            let path = folder.appendingPathComponent("\(UUID().uuidString).station.sqlite").path
            XCTAssertThrowsError(try StationDatabase.open(bundle: url, passphrase: passphrase, at: path), name) { error in
                XCTAssertTrue(error is ValidationError, "\(name): \(type(of: error)) \(error)")
            }
        }
    }
}
