import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Shared set-up of the access tests: a centre with two supervision chains on two service points, every role,
/// accounts, sessions, and consents planted for any holder.
class AccessTestCase: StoreTestCase {
    var database: AppDatabase!
    var pointOne: Int64!
    var pointTwo: Int64!
    /// Chain A, on point one: supervisor → trainee → assistant → frontline (two of them).
    var supA: Worker!, traA: Worker!, assA: Worker!, frA: Worker!, frA2: Worker!
    /// Chain B: supervisor → assistant → frontline on point one, and on point two.
    var supB: Worker!, assB: Worker!, frB1: Worker!, frB2: Worker!
    /// Roles outside the chains, all on point one.
    var sd: Worker!, sd2: Worker!, hr: Worker!, chair: Worker!, vice: Worker!, admin: Worker!

    /// A fixed "now" for the tests: 2026-03-02 09:00 China time.
    let now = Date(timeIntervalSince1970: 1_772_413_200)
    let today = try! CalendarDate(year: 2026, month: 3, day: 2)

    /// The password of every account made by `giveAccount`, hashed once for the whole run.
    static let password = "correct horse 1"
    static let passwordHash: String = try! Crypto.hashPassword(password)

    override func setUpWithError() throws {
        database = try loadedDatabase()
        pointOne = try database.addServicePoint(name: "茶山镇残联社工服务点", townName: "茶山", sectorCode: "REH",
                                                employerUnit: "茶山镇残疾人联合会").id
        pointTwo = try database.addServicePoint(name: "虎门镇妇联社工服务点", townName: "虎门", sectorCode: "WMF",
                                                employerUnit: "虎门镇妇女联合会").id
        supA = try database.addWorker(name: "李振邦", role: .supervisor)
        traA = try database.addWorker(name: "张晓燕", role: .traineeSupervisor, supervisorCode: supA.code,
                                      servicePointID: pointOne)
        assA = try database.addWorker(name: "曾嘉豪", role: .assistantSupervisor, supervisorCode: traA.code,
                                      servicePointID: pointOne)
        frA = try database.addWorker(name: "王明", role: .frontline, supervisorCode: assA.code, servicePointID: pointOne)
        frA2 = try database.addWorker(name: "林晓婷", role: .frontline, supervisorCode: assA.code, servicePointID: pointOne)
        supB = try database.addWorker(name: "叶慧贞", role: .supervisor)
        assB = try database.addWorker(name: "单丽娟", role: .assistantSupervisor, supervisorCode: supB.code,
                                      servicePointID: pointTwo)
        frB1 = try database.addWorker(name: "谢颖", role: .frontline, supervisorCode: assB.code, servicePointID: pointOne)
        frB2 = try database.addWorker(name: "邓志华", role: .frontline, supervisorCode: assB.code, servicePointID: pointTwo)
        sd = try database.addWorker(name: "梁嘉欣", role: .serviceDepartment, servicePointID: pointOne)
        sd2 = try database.addWorker(name: "区美玲", role: .serviceDepartment)
        hr = try database.addWorker(name: "刘芳", role: .adminHR, servicePointID: pointOne)
        chair = try database.addWorker(name: "陈志强", role: .chair, servicePointID: pointOne)
        vice = try database.addWorker(name: "黄丽华", role: .viceChair, servicePointID: pointOne)
        admin = try database.addWorker(name: "何思敏", role: .administrator, servicePointID: pointOne)
        for worker in allWorkers { try giveAccount(worker.code) }
    }

    var allWorkers: [Worker] { [supA, traA, assA, frA, frA2, supB, assB, frB1, frB2, sd, sd2, hr, chair, vice, admin] }

    /// An account with `password`, written directly (hashing once per run keeps the tests fast).
    func giveAccount(_ code: String) throws {
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO account (workerCode, passwordHash, passwordChangedAt, createdAt) VALUES (?, ?, ?, ?)
                """, arguments: [code, Self.passwordHash, AuditTimestamp.format(now), AuditTimestamp.format(now)])
        }
    }

    /// A session for `worker` as `authenticate` would issue it.
    func session(_ worker: Worker) -> Session {
        AppDatabase.issueSession(for: worker, startedAt: now)
    }

    /// A consent held by `holder`, written directly (not through the policy), for the tests to ask about.
    @discardableResult
    func plantConsent(holder: Worker, clientID: String = "C-" + UUID().uuidString.prefix(8),
                      clientName: String = "欧阳小明", givenOn: CalendarDate? = nil,
                      agencies: [String] = []) throws -> String {
        try database.writer.write { db in
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .consent, holderCode: holder.code,
                                                              servicePointID: holder.servicePointID, at: now)
            try db.execute(sql: """
                INSERT INTO consent (id, clientID, clientName, clientBirthDate, clientPhone, clientIDNumber,
                                     clientAddress, givenBy, givenOn, receivingService, recordedAs, recordedBy,
                                     recordedAt)
                VALUES (?, ?, ?, '1980-05-06', '13812341234', '440101198005061234', '广东省东莞市茶山镇南社村12号',
                        'client', ?, 1, 'signedFormScanned', ?, ?)
                """, arguments: [ref.id, clientID, clientName, (givenOn ?? today).description, holder.code,
                                 AuditTimestamp.format(now)])
            for agency in agencies {
                try db.execute(sql: "INSERT INTO consentSharedAgency (consentID, agency) VALUES (?, ?)",
                               arguments: [ref.id, agency])
            }
            return ref.id
        }
    }

    /// An adult client's consent to receive service, given today.
    func draft(clientID: String = "C-1", holder: Worker? = nil, agencies: [String] = []) -> ConsentDraft {
        ConsentDraft(clientID: clientID, clientName: "王小明", clientBirthDate: try! CalendarDate(year: 1980, month: 5, day: 6),
                     clientPhone: "13812341234", clientIDNumber: "440101198005061234",
                     clientAddress: "广东省东莞市茶山镇南社村南社路12号", givenOn: today,
                     scope: ConsentScope(receivingService: true, sharingAgencies: agencies),
                     recordedAs: .signedFormScanned, documentReference: "scan-001.pdf", holderCode: holder?.code)
    }

    /// Every row of every table but the audit log: unchanged when a refusal changed nothing but logged it.
    func dumpWithoutAudit() throws -> [String] {
        try dump(database).filter { !$0.hasPrefix("auditEntry ") && !$0.hasPrefix("sqlite_sequence ") }
    }

    /// The tables a request on protected records could change (cheaper than `dumpWithoutAudit` for the matrix).
    func dumpAccessTables() throws -> [String] {
        try database.writer.read { db in
            var lines: [String] = []
            for table in ["account", "consent", "consentSharedAgency", "permission", "protectedRecord", "worker"] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2") {
                    lines.append(table + " " + row.description)
                }
            }
            return lines
        }
    }

    func auditRows() throws -> [AuditEntry] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM auditEntry ORDER BY sequence").map(AppDatabase.auditEntry)
        }
    }

    func lastAudit() throws -> AuditEntry? {
        try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM auditEntry ORDER BY sequence DESC LIMIT 1").map(AppDatabase.auditEntry)
        }
    }

    func auditCount() throws -> Int {
        try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditEntry") ?? 0 }
    }

    /// Runs `body`, expects a `ValidationError` naming `field` and `rule` (an access matter), and checks that nothing
    /// but the audit log changed and that the refused attempt was logged under `actor`.
    func assertRefusedAndLogged(field: String, rule: String, by actor: Worker, file: StaticString = #filePath,
                                line: UInt = #line, _ body: () throws -> Void) throws {
        let before = try dumpWithoutAudit()
        let count = try auditCount()
        do {
            try body()
            XCTFail("expected a refusal naming \(field)", file: file, line: line)
        } catch let error as ValidationError {
            XCTAssertEqual(error.field, field, "\(error)", file: file, line: line)
            XCTAssertEqual(error.rule, rule, "\(error)", file: file, line: line)
        }
        XCTAssertEqual(try dumpWithoutAudit(), before, "a refusal changed the database", file: file, line: line)
        XCTAssertEqual(try auditCount(), count + 1, "the refusal is logged once", file: file, line: line)
        let last = try lastAudit()
        XCTAssertEqual(last?.action, .changeRefused, file: file, line: line)
        XCTAssertEqual(last?.actorCode, actor.code, file: file, line: line)
        XCTAssertTrue(last?.detail.contains("[\(rule)]") ?? false, last?.detail ?? "", file: file, line: line)
    }

    /// Runs `body`, expects `AccessDenied` with `reason`, checks that nothing but the audit log changed and that
    /// the last audit row records the denied attempt.
    @discardableResult
    func assertDenied(_ reason: AccessDenialReason? = nil, file: StaticString = #filePath, line: UInt = #line,
                      _ body: () throws -> Void) throws -> AccessDenied? {
        let before = try dumpWithoutAudit()
        let auditCount = try auditRows().count
        var denial: AccessDenied?
        do {
            try body()
            XCTFail("expected AccessDenied", file: file, line: line)
        } catch let error as AccessDenied {
            denial = error
            if let reason { XCTAssertEqual(error.reason, reason, "\(error)", file: file, line: line) }
        }
        XCTAssertEqual(try dumpWithoutAudit(), before, "a denial changed the database", file: file, line: line)
        let rows = try auditRows()
        XCTAssertEqual(rows.count, auditCount + 1, "a denial is logged once", file: file, line: line)
        if let denial, let last = rows.last {
            XCTAssertEqual(last.action, .accessDenied, file: file, line: line)
            XCTAssertEqual(last.actorCode, denial.workerCode, file: file, line: line)
            XCTAssertEqual(last.record, denial.record, file: file, line: line)
            XCTAssertTrue(last.detail.contains(denial.action.rawValue), last.detail, file: file, line: line)
        }
        return denial
    }
}
