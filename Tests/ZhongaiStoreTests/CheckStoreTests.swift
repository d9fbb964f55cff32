import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The quarterly checks over the store (CHK-02): who records which, who reads them, and what the due board owes.
final class CheckStoreTests: AccessTestCase {
    private func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    private func workerCheck(_ worker: Worker, on date: String = "2026-03-01") -> CheckDraft {
        CheckDraft(kind: .supervisor, subject: worker.code, checkedOn: day(date), findings: "个案进展正常，服务态度好",
                   strengths: "沟通能力强", problems: "文书滞后", measures: "每周五整理文书")
    }

    private func dueItems(_ worker: Worker, on date: CalendarDate? = nil) throws -> [DueItem] {
        try database.writer.read { db in
            let context = try AppDatabase.accessContext(db, session: session(worker), action: .view)
            return try AppDatabase.checkDueItems(db, context: context, today: date ?? today)
        }
    }

    func testCHK02_aSupervisorChecksAWorkerDownTheirChain_andNobodyElseRecordsIt() throws {
        let check = try database.recordCheck(workerCheck(frA), as: session(assA), at: now)
        XCTAssertEqual(check.subject, frA.code)
        XCTAssertEqual(check.checkerCode, assA.code)
        XCTAssertEqual(check.measures, "每周五整理文书")
        XCTAssertEqual(try lastAudit()?.action, .create)

        try assertRefused(database, field: "Worker", rule: "CHK-02") {
            try database.recordCheck(workerCheck(frB1), as: session(assA), at: now)
        }
        try assertRefused(database, field: "Checker", rule: "CHK-02") {
            try database.recordCheck(workerCheck(frA2), as: session(frA), at: now)
        }
        try assertRefused(database, field: "Check findings", rule: "CHK-02") {
            var empty = workerCheck(frA2)
            empty.findings = " "
            try database.recordCheck(empty, as: session(assA), at: now)
        }
        try assertRefused(database, field: "Check date", rule: "CHK-02") {
            try database.recordCheck(workerCheck(frA2, on: "2026-03-03"), as: session(assA), at: now)
        }
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE supervisorCheck SET findings = 'x'")
        })
        XCTAssertThrowsError(try database.writer.write { db in try db.execute(sql: "DELETE FROM supervisorCheck") })

        // The worker, the chain above and the centre-wide roles read it; another chain does not.
        for reader in [frA!, assA!, supA!, sd!, hr!, chair!] {
            XCTAssertEqual(try database.checks(kind: .supervisor, as: session(reader)).map(\.id), [check.id],
                           "\(reader.role)")
        }
        XCTAssertEqual(try database.checks(kind: .supervisor, as: session(frB1)), [])
    }

    func testCHK02_eachSupervisedWorkersCheckIsDueByTheQuartersEnd_owedByTheirSupervisor() throws {
        let before = try dueItems(assA)
        XCTAssertEqual(Set(before.map(\.subject.id)), ["worker:\(frA.code)", "worker:\(frA2.code)"])
        XCTAssertTrue(before.allSatisfy { $0.ownerCode == assA.code && $0.rule == "CHK-02" })
        XCTAssertTrue(before.allSatisfy { $0.dueOn == day("2026-03-31") && $0.status == .upcoming })
        XCTAssertEqual(try dueItems(assA, on: day("2026-03-27")).first?.status, .dueSoon)

        try database.recordCheck(workerCheck(frA), as: session(assA), at: now)
        XCTAssertEqual(try dueItems(assA).map(\.subject.id), ["worker:\(frA2.code)"])
        // Next quarter the check is owed again.
        XCTAssertEqual(try dueItems(assA, on: day("2026-04-01")).count, 2)

        // Up the chain the team's items show; another chain's worker sees none of them.
        let supItems = try dueItems(supA)
        XCTAssertTrue(supItems.contains { $0.subject.id == "worker:\(assA.code)" && $0.ownerCode == traA.code })
        XCTAssertTrue(supItems.contains { $0.subject.id == "worker:\(frA2.code)" })
        XCTAssertEqual(try dueItems(frB1), [])
    }

    func testCHK02_theEmployerRelationshipCheckOfEachServicePointIsQuarterly_byManagement() throws {
        let items = try dueItems(hr).filter { $0.subject.id.hasPrefix("servicePoint:") }
        XCTAssertEqual(Set(items.map(\.subject.id)), ["servicePoint:\(pointOne!)", "servicePoint:\(pointTwo!)"])
        XCTAssertTrue(items.allSatisfy { $0.ownerCode == hr.code && $0.dueOn == day("2026-03-31") })

        let draft = CheckDraft(kind: .employer, subject: String(pointOne), checkedOn: day("2026-03-02"),
                               findings: "残联与社工关系融洽", problems: "办公场地紧张")
        try assertRefused(database, field: "Checker", rule: "CHK-02") {
            try database.recordCheck(draft, as: session(frA), at: now)
        }
        let check = try database.recordCheck(draft, as: session(hr), at: now)
        XCTAssertEqual(check.subjectName, "茶山镇残联社工服务点")
        XCTAssertEqual(try dueItems(chair).filter { $0.subject.id.hasPrefix("servicePoint:") }.map(\.subject.id),
                       ["servicePoint:\(pointTwo!)"])
        XCTAssertEqual(try database.checks(kind: .employer, as: session(frB1)).map(\.id), [check.id])
        XCTAssertFalse(try dueItems(frA).contains { $0.subject.id.hasPrefix("servicePoint:") })
    }
}
