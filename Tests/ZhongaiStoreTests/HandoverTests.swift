import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class HandoverTests: AccessTestCase {
    private func holders() throws -> [String: String] {
        try database.writer.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, holderCode FROM protectedRecord")
                .map { ($0["id"] as String, $0["holderCode"] as String) })
        }
    }

    func testCONF03_deactivationHandsEveryRecordTo服务部_inTheSameTransaction_logged() throws {
        let first = try plantConsent(holder: frA2)
        let second = try plantConsent(holder: frA2)
        let others = try plantConsent(holder: frA)
        let adminSession = session(admin)
        let leaverSession = session(frA2)
        try assertRefusedAndLogged(field: "Handover", rule: "CONF-03", by: admin) {
            try database.deactivateWorker(code: frA2.code, by: adminSession, at: now)
        }
        try assertRefusedAndLogged(field: "Handover", rule: "CONF-03", by: admin) {
            try database.deactivateWorker(code: frA2.code, handover: .toServiceDepartment(workerCode: frA.code),
                                          by: adminSession, at: now)
        }
        try assertRefusedAndLogged(field: "Handover", rule: "CONF-03", by: admin) {
            try database.deactivateWorker(code: frA2.code, handover: .toSuccessor(workerCode: frA.code,
                                                                                   confirmedBy: session(supA)),
                                          by: adminSession, at: now)
        }
        try assertDenied(.actionNotGranted) {
            try database.deactivateWorker(code: frA2.code, handover: .toServiceDepartment(workerCode: sd.code),
                                          by: session(frA), at: now)
        }
        try database.deactivateWorker(code: frA2.code, handover: .toServiceDepartment(workerCode: sd.code),
                                      by: adminSession, at: now)
        XCTAssertEqual(try holders(), [first: sd.code, second: sd.code, others: frA.code])
        XCTAssertEqual(try database.worker(code: frA2.code)?.isActive, false)
        let rows = try auditRows()
        let handovers = rows.filter { $0.action == .handover }
        XCTAssertEqual(Set(handovers.compactMap(\.record?.id)), [first, second])
        XCTAssertTrue(handovers.allSatisfy { $0.detail == "\(frA2.code) → \(sd.code)" && $0.actorCode == admin.code })
        XCTAssertEqual(rows.last?.action, .workerDeactivated)
        // The leaver's session is refused from now on; 服务部 holds the records and may edit them; the leaver's
        // former supervisor no longer reaches them.
        try assertDenied(.inactiveWorker) { _ = try database.consent(id: first, as: leaverSession, at: now) }
        XCTAssertNoThrow(try database.withdrawConsent(id: first, on: today, reason: "服务结束", as: session(sd), at: now))
        try assertDenied(.outsideScope) { _ = try database.consent(id: second, as: session(assA), at: now) }
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
    }

    func testCONF03_aSuccessorConfirmedBy服务部() throws {
        let record = try plantConsent(holder: frA2)
        try database.deactivateWorker(code: frA2.code,
                                      handover: .toSuccessor(workerCode: frA.code, confirmedBy: session(sd2)),
                                      by: session(hr), at: now)
        XCTAssertEqual(try holders()[record], frA.code)
        XCTAssertEqual(try auditRows().first { $0.action == .handover }?.detail,
                       "\(frA2.code) → \(frA.code), confirmed by \(sd2.code)")
        let forged = Session(workerCode: sd.code, role: .serviceDepartment, servicePointID: nil, startedAt: now, seal: "x")
        let other = try plantConsent(holder: frB1)
        try assertRefusedAndLogged(field: "Handover", rule: "CONF-03", by: hr) {
            try database.deactivateWorker(code: frB1.code, handover: .toSuccessor(workerCode: frB2.code, confirmedBy: forged),
                                          by: session(hr), at: now)
        }
        try database.deactivateWorker(code: frB2.code, at: now)
        try assertRefusedAndLogged(field: "Handover", rule: "CONF-03", by: hr) {
            try database.deactivateWorker(code: frB1.code, handover: .toSuccessor(workerCode: frB2.code,
                                                                                   confirmedBy: session(sd)),
                                          by: session(hr), at: now)
        }
        XCTAssertEqual(try holders()[other], frB1.code)
    }

    func testROLE01_theLastAdministratorCannotBeDemotedOrDeactivated() throws {
        var demoted = admin!
        demoted.role = .adminHR
        try assertRefusedAndLogged(field: "Role", rule: "ROLE-01", by: admin) {
            try database.updateWorker(demoted, by: session(admin), at: now)
        }
        try assertRefusedAndLogged(field: "Worker", rule: "ROLE-01", by: admin) {
            try database.deactivateWorker(code: admin.code, by: session(admin), at: now)
        }
        // An administrator without an account cannot sign in: it does not count.
        let second = try database.addWorker(name: "苏文博", role: .administrator, by: session(admin), at: now)
        try assertRefusedAndLogged(field: "Role", rule: "ROLE-01", by: admin) {
            try database.updateWorker(demoted, by: session(admin), at: now)
        }
        try database.setPassword(workerCode: second.code, newPassword: "second admin 1", by: session(admin), at: now)
        try database.updateWorker(demoted, by: session(admin), at: now)
        XCTAssertEqual(try database.worker(code: admin.code)?.role, .adminHR)
        XCTAssertEqual(try lastAudit()?.action, .roleChanged)
        XCTAssertEqual(try lastAudit()?.detail, "administrator → adminHR")
    }

    func testROLE01_onlyManageAccountsChangesARole() throws {
        var edited = frA!
        edited.phone = "13800000009"
        XCTAssertNoThrow(try database.updateWorker(edited, by: session(hr), at: now), "行政人事部 keeps the directory")
        edited.role = .supervisor
        edited.supervisorCode = nil
        try assertDenied(.actionNotGranted) { try database.updateWorker(edited, by: session(hr), at: now) }
        try assertDenied(.actionNotGranted) {
            try database.addWorker(name: "罗振宇", role: .administrator, by: session(hr), at: now)
        }
        try assertDenied(.actionNotGranted) { try database.updateWorker(edited, by: session(supA), at: now) }
    }

    func testCASE02_aSupervisionLoopIsRefused() throws {
        var top = supA!
        top.supervisorCode = assA.code
        try assertRefusedAndLogged(field: "Supervisor", rule: "CASE-02", by: admin) { try database.updateWorker(top, by: session(admin), at: now) }
        var selfSupervised = traA!
        selfSupervised.supervisorCode = traA.code
        try assertRefusedAndLogged(field: "Supervisor", rule: "CASE-02", by: admin) {
            try database.updateWorker(selfSupervised, by: session(admin), at: now)
        }
        var moved = frA!
        moved.supervisorCode = assB.code
        try database.updateWorker(moved, by: session(admin), at: now)
        XCTAssertEqual(try lastAudit()?.action, .supervisorChanged)
        XCTAssertEqual(try lastAudit()?.detail, "\(assA.code) → \(assB.code)")
        // The move changes who reaches the worker's records, at once.
        let record = try plantConsent(holder: frA)
        XCTAssertNoThrow(try database.consent(id: record, as: session(supB), at: now))
        try assertDenied(.outsideScope) { _ = try database.consent(id: record, as: session(supA), at: now) }
    }
}
