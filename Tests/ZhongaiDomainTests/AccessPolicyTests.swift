import Foundation
import XCTest
@testable import ZhongaiDomain

final class AccessPolicyTests: XCTestCase {
    /// 督导 S → 见习督导 T → 督导助理 A → 一线 F; another chain: 督导 S2 → 一线 G.
    private let chain = SupervisionChain(supervisorOf: ["T": "S", "A": "T", "F": "A", "G": "S2"])

    private func actor(_ code: String, _ role: Role, point: Int64? = 1) -> AccessActor {
        AccessActor(workerCode: code, role: role, servicePointID: point)
    }

    private func held(by code: String, point: Int64? = 1) -> RecordOwnership {
        RecordOwnership(holderCode: code, servicePointID: point)
    }

    func testSupervisionChainReachesDownTheChain() {
        XCTAssertEqual(chain.supervisors(of: "F"), ["A", "T", "S"])
        XCTAssertTrue(chain.isSupervised("F", by: "S"))
        XCTAssertTrue(chain.isSupervised("F", by: "A"))
        XCTAssertFalse(chain.isSupervised("S", by: "F"))
        XCTAssertFalse(chain.isSupervised("F", by: "F"), "a worker does not supervise themself")
        XCTAssertFalse(chain.isSupervised("G", by: "S"))
        XCTAssertNil(chain.loop)
    }

    func testCASE02_supervisionLoopIsFoundAndRefused() {
        XCTAssertThrowsError(try chain.validateNewSupervisor("F", for: "S")) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Supervisor")
            XCTAssertEqual((error as? ValidationError)?.rule, "CASE-02")
        }
        XCTAssertThrowsError(try chain.validateNewSupervisor("S", for: "S"))
        XCTAssertNoThrow(try chain.validateNewSupervisor("S2", for: "S"))
        let looping = SupervisionChain(supervisorOf: ["A": "B", "B": "C", "C": "A", "D": "A"])
        XCTAssertEqual(looping.loop.map(Set.init), ["A", "B", "C"])
        // Walking a loop ends.
        XCTAssertEqual(Set(looping.supervisors(of: "D")), ["A", "B", "C"])
        XCTAssertFalse(looping.isSupervised("A", by: "A"))
    }

    func testROLE01_scopesDecideAccess() {
        let table = PermissionTable([
            Permission(role: .frontline, action: .view, scope: .own),
            Permission(role: .supervisor, action: .view, scope: .own),
            Permission(role: .supervisor, action: .view, scope: .supervised),
            Permission(role: .serviceDepartment, action: .view, scope: .all),
            Permission(role: .adminHR, action: .view, scope: .servicePoint),
        ])
        let policy = AccessPolicy(permissions: table, chain: chain)
        XCTAssertEqual(policy.decide(.view, on: held(by: "F"), by: actor("F", .frontline)), .allowed(.own))
        XCTAssertEqual(policy.decide(.view, on: held(by: "G"), by: actor("F", .frontline)), .denied(.outsideScope))
        XCTAssertEqual(policy.decide(.view, on: held(by: "F"), by: actor("S", .supervisor)), .allowed(.supervised))
        XCTAssertEqual(policy.decide(.view, on: held(by: "G"), by: actor("S", .supervisor)), .denied(.outsideScope))
        XCTAssertEqual(policy.decide(.view, on: held(by: "G", point: 9), by: actor("X", .serviceDepartment)), .allowed(.all))
        XCTAssertEqual(policy.decide(.view, on: held(by: "G", point: 1), by: actor("H", .adminHR)), .allowed(.servicePoint))
        XCTAssertEqual(policy.decide(.view, on: held(by: "G", point: 2), by: actor("H", .adminHR)), .denied(.outsideScope))
        XCTAssertEqual(policy.decide(.view, on: held(by: "G", point: nil), by: actor("H", .adminHR, point: nil)),
                       .denied(.outsideScope), "no service point matches no service point")
        XCTAssertEqual(policy.decide(.edit, on: held(by: "F"), by: actor("F", .frontline)), .denied(.actionNotGranted))
        XCTAssertEqual(policy.decide(.view, on: nil, by: actor("F", .frontline)), .denied(.noSuchRecord))
    }

    func testCASE02_nobodyApprovesTheirOwnRecord() {
        let table = PermissionTable([
            Permission(role: .supervisor, action: .approve, scope: .supervised),
            Permission(role: .chair, action: .approve, scope: .all),
        ])
        let policy = AccessPolicy(permissions: table, chain: chain)
        XCTAssertEqual(policy.decide(.approve, on: held(by: "F"), by: actor("S", .supervisor)), .allowed(.supervised))
        XCTAssertEqual(policy.decide(.approve, on: held(by: "S"), by: actor("S", .supervisor)), .denied(.ownRecordApproval))
        XCTAssertEqual(policy.decide(.approve, on: held(by: "C"), by: actor("C", .chair)), .denied(.ownRecordApproval),
                       "even a scope of all records does not reach one's own approval")
        XCTAssertThrowsError(try Permission(role: .supervisor, action: .approve, scope: .own).validate()) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "CASE-02")
        }
    }

    func testCentreWideActionsNeedScopeAll() {
        let table = PermissionTable([Permission(role: .chair, action: .viewAudit, scope: .all)])
        let policy = AccessPolicy(permissions: table, chain: chain)
        XCTAssertEqual(policy.decide(.viewAudit, on: nil, by: actor("C", .chair)), .allowed(.all))
        XCTAssertEqual(policy.decide(.viewAudit, on: nil, by: actor("F", .frontline)), .denied(.actionNotGranted))
        XCTAssertThrowsError(try Permission(role: .chair, action: .viewAudit, scope: .own).validate())
        XCTAssertNoThrow(try Permission(role: .chair, action: .viewAudit, scope: .all).validate())
    }

    func testAccessDeniedReadsTheSameForAGuessedIDAndAnotherWorkersRecord() {
        let record = ProtectedRecordRef(kind: .consent, id: "x")
        let outside = AccessDenied(workerCode: "F", action: .view, record: record, reason: .outsideScope)
        let guessed = AccessDenied(workerCode: "F", action: .view, record: record, reason: .noSuchRecord)
        XCTAssertEqual(outside.description, guessed.description)
        XCTAssertTrue(outside.description.contains("CONF-02"), outside.description)
    }
}

final class AccountRulesTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_772_413_200)

    private func minutes(_ m: Double) -> Date { start.addingTimeInterval(m * 60) }

    func testLockAfterMaxFailuresWithinTheLockPeriod() {
        var state = AccountLockState()
        for attempt in 1...5 {
            XCTAssertEqual(state.recordFailure(at: minutes(Double(attempt)), maxFailures: 6, lockMinutes: 30), 6 - attempt)
            XCTAssertNil(state.lockEnd(at: minutes(Double(attempt))))
        }
        XCTAssertEqual(state.recordFailure(at: minutes(6), maxFailures: 6, lockMinutes: 30), 0)
        XCTAssertEqual(state.lockEnd(at: minutes(6)), minutes(36))
        XCTAssertEqual(state.lockEnd(at: minutes(35.9)), minutes(36))
        XCTAssertNil(state.lockEnd(at: minutes(36)), "an expired lock unlocks")
        state.clear()
        XCTAssertEqual(state, AccountLockState())
    }

    func testFailuresOutsideTheWindowStartAgain() {
        var state = AccountLockState()
        for attempt in 1...5 { state.recordFailure(at: minutes(Double(attempt)), maxFailures: 6, lockMinutes: 30) }
        XCTAssertEqual(state.recordFailure(at: minutes(40), maxFailures: 6, lockMinutes: 30), 5,
                       "the first failure was more than 30 minutes ago: a new run begins")
    }

    func testIdleLock() {
        let lock = IdleLock(idleMinutes: 15)
        XCTAssertFalse(lock.isLocked(lastActivity: start, now: minutes(14.99)))
        XCTAssertTrue(lock.isLocked(lastActivity: start, now: minutes(15)))
        XCTAssertEqual(lock.lockTime(lastActivity: start), minutes(15))
        XCTAssertFalse(lock.isLocked(lastActivity: minutes(10), now: minutes(24)), "activity moves the lock")
        XCTAssertFalse(IdleLock(idleMinutes: 0).isLocked(lastActivity: start, now: minutes(10_000)), "0 turns it off")
    }

    func testPasswordRules() {
        XCTAssertNoThrow(try PasswordRules.validate("correct horse 1", workerCode: "WM", workerName: "王明"))
        XCTAssertNoThrow(try PasswordRules.validate("swimming1", workerCode: "WM", workerName: "王明"),
                         "a two-letter code inside a word is no reason to refuse")
        for bad in ["short1", "", "aaaaaaaaaa", "          ", "lzb-2026-spring", String(repeating: "ab", count: 65)] {
            XCTAssertThrowsError(try PasswordRules.validate(bad, workerCode: "LZB", workerName: "李振邦"), bad) {
                XCTAssertEqual(($0 as? ValidationError)?.field, "New password")
            }
        }
        XCTAssertThrowsError(try PasswordRules.validate("李振邦的密码abc", workerCode: "LZB", workerName: "李振邦"))
    }

    func testAuditTimestampsAreUTCWithMilliseconds() {
        let date = Date(timeIntervalSince1970: 1_772_413_200.123)
        XCTAssertEqual(AuditTimestamp.format(date), "2026-03-02T01:00:00.123Z")
        XCTAssertEqual(AuditTimestamp.parse("2026-03-02T01:00:00.123Z").map(AuditTimestamp.format),
                       "2026-03-02T01:00:00.123Z")
        XCTAssertEqual(AuditTimestamp.format(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00.000Z")
        XCTAssertNil(AuditTimestamp.parse("2026-03-02 01:00:00"))
        XCTAssertNil(AuditTimestamp.parse("2026-02-30T01:00:00.000Z"))
    }
}

final class SensitiveFieldTests: XCTestCase {
    func testNamesAreMasked() {
        XCTAssertEqual(SensitiveField.name.mask("王明"), "王*")
        XCTAssertEqual(SensitiveField.name.mask("王小明"), "王*明")
        XCTAssertEqual(SensitiveField.name.mask("欧阳小明"), "欧**明")
        XCTAssertEqual(SensitiveField.name.mask("阿卜杜拉·买买提"), "阿******提")
        XCTAssertEqual(SensitiveField.name.mask("王"), "*")
        XCTAssertEqual(SensitiveField.name.mask(""), "")
    }

    func testPhonesAreMasked() {
        XCTAssertEqual(SensitiveField.phone.mask("13812341234"), "138****1234")
        XCTAssertEqual(SensitiveField.phone.mask("138-1234-1234"), "138****1234")
        XCTAssertEqual(SensitiveField.phone.mask("0769-22123456"), "076*****3456")
        XCTAssertEqual(SensitiveField.phone.mask("12345"), "*****")
    }

    func testIDNumbersAreMasked() {
        XCTAssertEqual(SensitiveField.idNumber.mask("440101199001011234"), "4401**********1234")
        XCTAssertEqual(SensitiveField.idNumber.mask("44010119900101123x"), "4401**********123X")
        XCTAssertEqual(SensitiveField.idNumber.mask("H1234567"), "****")
    }

    func testAddressesKeepTheDistrictOnly() {
        XCTAssertEqual(SensitiveField.address.mask("广东省东莞市茶山镇南社村南社路12号"), "茶山镇****")
        XCTAssertEqual(SensitiveField.address.mask("东莞市南城街道鸿福路200号3栋"), "南城街道****")
        XCTAssertEqual(SensitiveField.address.mask("广州市番禺区市桥街道光明路1号"), "番禺区****")
        XCTAssertEqual(SensitiveField.address.mask("东莞市松山湖高新区大学路1号"), "松山湖高新区****")
        XCTAssertEqual(SensitiveField.address.mask("鸿福路200号3栋"), "****", "no district: nothing shown")
        XCTAssertEqual(SensitiveField.address.mask(""), "")
    }

    func testNarrativesAreHidden() {
        XCTAssertEqual(SensitiveField.narrative.mask("长期抑郁，曾有自伤行为"), "****")
        XCTAssertEqual(SensitiveField.diagnosis.mask("精神分裂症"), "****")
    }
}

final class ConsentRulesTests: XCTestCase {
    private let today = try! CalendarDate(year: 2026, month: 3, day: 2)

    private func draft(born: CalendarDate?, giver: ConsentGiver = .client, lacksCapacity: Bool = false,
                       scope: ConsentScope = ConsentScope(receivingService: true)) -> ConsentDraft {
        ConsentDraft(clientID: "C-1", clientName: "王小明", clientBirthDate: born, clientLacksCapacity: lacksCapacity,
                     giver: giver, givenOn: today, scope: scope, recordedAs: .oral)
    }

    func testCASE04_aMinorsConsentIsGivenByAGuardian() throws {
        let seventeen = try CalendarDate(year: 2008, month: 3, day: 3)   // 18 tomorrow
        let eighteen = try CalendarDate(year: 2008, month: 3, day: 2)    // 18 today
        XCTAssertEqual(ConsentRules.age(born: seventeen, on: today), 17)
        XCTAssertEqual(ConsentRules.age(born: eighteen, on: today), 18)
        XCTAssertThrowsError(try draft(born: seventeen).validated(today: today)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Given by")
            XCTAssertEqual((error as? ValidationError)?.rule, "CASE-04")
        }
        XCTAssertNoThrow(try draft(born: eighteen).validated(today: today))
        XCTAssertNoThrow(try draft(born: seventeen, giver: .guardian(name: "王大明", relationship: "父亲"))
            .validated(today: today))
        XCTAssertThrowsError(try draft(born: seventeen, giver: .guardian(name: " ", relationship: "父亲"))
            .validated(today: today)) { XCTAssertEqual(($0 as? ValidationError)?.field, "Guardian") }
    }

    func testCASE04_aClientWithoutCapacityConsentsThroughAGuardian() throws {
        let adult = try CalendarDate(year: 1960, month: 1, day: 1)
        XCTAssertThrowsError(try draft(born: adult, lacksCapacity: true).validated(today: today)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "CASE-04")
        }
        XCTAssertNoThrow(try draft(born: adult, giver: .guardian(name: "王大明", relationship: "儿子"),
                                   lacksCapacity: true).validated(today: today))
        XCTAssertThrowsError(try draft(born: nil).validated(today: today)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Birth date", "a client signing personally shows their age")
        }
    }

    func testConsentDraftRefusals() throws {
        let adult = try CalendarDate(year: 1960, month: 1, day: 1)
        XCTAssertThrowsError(try draft(born: adult, scope: ConsentScope(receivingService: false)).validated(today: today)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Scope")
        }
        XCTAssertThrowsError(try draft(born: adult, scope: ConsentScope(receivingService: true, sharingAgencies: [" "]))
            .validated(today: today)) { XCTAssertEqual(($0 as? ValidationError)?.rule, "CONF-01") }
        var future = draft(born: adult)
        future.givenOn = today.adding(days: 1)
        XCTAssertThrowsError(try future.validated(today: today)) { XCTAssertEqual(($0 as? ValidationError)?.field, "Date") }
        var phone = draft(born: adult)
        phone.clientPhone = "123"
        XCTAssertThrowsError(try phone.validated(today: today)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Client phone")
        }
        let shared = try draft(born: adult, scope: ConsentScope(receivingService: false,
                                                                 sharingAgencies: [" 茶山镇残联 ", "茶山镇残联", "东莞市第七人民医院"]))
            .validated(today: today)
        XCTAssertEqual(shared.scope.sharingAgencies, ["茶山镇残联", "东莞市第七人民医院"])
    }

    func testCONF01_withdrawnConsentCoversNothingFromItsDate() throws {
        var consent = Consent(id: "1", clientID: "C-1", clientName: "王小明", clientBirthDate: nil,
                              clientLacksCapacity: false, clientPhone: nil, clientIDNumber: nil, clientAddress: nil,
                              giver: .client, givenOn: today,
                              scope: ConsentScope(receivingService: true, sharingAgencies: ["茶山镇残联"]),
                              recordedAs: .oral, documentReference: nil, note: "", holderCode: "WM", servicePointID: 1,
                              recordedBy: "WM", withdrawal: nil)
        XCTAssertFalse(consent.covers(.receivingService, on: today.adding(days: -1)), "not before it was given")
        XCTAssertTrue(consent.covers(.receivingService, on: today))
        XCTAssertTrue(consent.covers(.sharing(agency: " 茶山镇残联"), on: today))
        XCTAssertFalse(consent.covers(.sharing(agency: "东莞市公安局"), on: today), "only the named agencies")
        consent.withdrawal = ConsentWithdrawal(on: today.adding(days: 10), reason: "案主要求", recordedBy: "WM")
        XCTAssertTrue(consent.covers(.receivingService, on: today.adding(days: 9)))
        XCTAssertFalse(consent.covers(.receivingService, on: today.adding(days: 10)))
        XCTAssertFalse(consent.covers(.sharing(agency: "茶山镇残联"), on: today.adding(days: 30)))
    }
}

final class AuditChainVerifierTests: XCTestCase {
    /// A stand-in hash, enough to test the walk (the store uses SHA-256).
    private let hash: (String) -> String = { String($0.hashValue, radix: 16) }

    private func chain(_ count: Int) -> [AuditEntry] {
        var entries: [AuditEntry] = []
        var previous = AuditChainVerifier.genesisHash
        for sequence in 1...Int64(count) {
            var entry = AuditEntry(sequence: sequence, at: "2026-03-02T01:00:00.000Z", actorCode: "WM",
                                   actionText: "view", record: ProtectedRecordRef(kind: .consent, id: "\(sequence)"),
                                   host: "pc", detail: "", previousHash: previous, hash: "")
            entry.hash = hash(entry.canonicalText)
            previous = entry.hash
            entries.append(entry)
        }
        return entries
    }

    private func verify(_ entries: [AuditEntry], lastIssued: Int64?) -> AuditVerification {
        var verifier = AuditChainVerifier(hash: hash)
        for entry in entries where !verifier.check(entry) { break }
        return verifier.finish(lastIssued: lastIssued)
    }

    func testIntactChain() {
        let entries = chain(5)
        let result = verify(entries, lastIssued: 5)
        XCTAssertTrue(result.isIntact)
        XCTAssertEqual(result.checkedCount, 5)
        XCTAssertEqual(result.headHash, entries[4].hash)
    }

    func testEditedDeletedInsertedRows() {
        var edited = chain(5)
        edited[2].detail = "changed"
        XCTAssertEqual(verify(edited, lastIssued: 5).firstBreak, AuditBreak(sequence: 3, problem: .rowAltered))

        var rehashed = chain(5)
        rehashed[2].detail = "changed"
        rehashed[2].hash = hash(rehashed[2].canonicalText)
        XCTAssertEqual(verify(rehashed, lastIssued: 5).firstBreak, AuditBreak(sequence: 4, problem: .chainBroken))

        var deleted = chain(5)
        deleted.remove(at: 1)
        XCTAssertEqual(verify(deleted, lastIssued: 5).firstBreak,
                       AuditBreak(sequence: 3, problem: .sequenceGap(expected: 2)))

        XCTAssertEqual(verify(Array(chain(5).prefix(3)), lastIssued: 5).firstBreak,
                       AuditBreak(sequence: 4, problem: .rowsMissingAtEnd(lastIssued: 5)))

        var inserted = chain(5)
        inserted.append(AuditEntry(sequence: 6, at: "2026-03-02T01:00:00.000Z", actorCode: "WM", actionText: "view",
                                   record: nil, host: "pc", detail: "", previousHash: inserted[4].hash, hash: "forged"))
        XCTAssertEqual(verify(inserted, lastIssued: 6).firstBreak, AuditBreak(sequence: 6, problem: .rowAltered))
    }

    func testCanonicalTextTellsFieldsApart() {
        let a = AuditEntry.canonicalText(sequence: 1, at: "t", actorCode: "AB", actionText: "C", record: nil, host: "h",
                                         detail: "", previousHash: "0")
        let b = AuditEntry.canonicalText(sequence: 1, at: "t", actorCode: "A", actionText: "BC", record: nil, host: "h",
                                         detail: "", previousHash: "0")
        let c = AuditEntry.canonicalText(sequence: 1, at: "t", actorCode: "AB", actionText: "C",
                                         record: ProtectedRecordRef(kind: ProtectedRecordKind(""), id: ""), host: "h",
                                         detail: "", previousHash: "0")
        XCTAssertNotEqual(a, b)
        XCTAssertNotEqual(a, c)
    }
}
