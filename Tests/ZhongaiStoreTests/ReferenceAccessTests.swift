import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The directory and reference-data writes that took no session before: towns (ARC-02: data the centre edits,
/// `manageReferenceData`), service points (`manageDirectory`), the holiday calendar (CASE-06,
/// `manageReferenceData`) and archive codes (ARC-01: `create` on a record held by the worker). With a session each
/// is checked against the permission table and logged; a refusal changes nothing and is logged; without a
/// session the program itself is logged as `(system)`.
final class ReferenceAccessTests: AccessTestCase {
    private let year2027 = """
        year 2027 测试通知 2026-11-01
        off  2027-01-01 元旦
        off  2027-02-05..2027-02-11 春节
        work 2027-02-14 春节调休
        """

    private func town(_ name: String) throws -> Town { try XCTUnwrap(database.town(named: name)) }

    private func townRef(_ name: String) throws -> ProtectedRecordRef {
        ProtectedRecordRef(kind: .town, id: String(try XCTUnwrap(town(name).id)))
    }

    private func assertLogged(_ action: AuditAction, by actor: String, record: ProtectedRecordRef?, detail: String,
                              file: StaticString = #filePath, line: UInt = #line) throws {
        let last = try XCTUnwrap(lastAudit(), file: file, line: line)
        XCTAssertEqual(last.action, action, file: file, line: line)
        XCTAssertEqual(last.actorCode, actor, file: file, line: line)
        XCTAssertEqual(last.record, record, file: file, line: line)
        XCTAssertEqual(last.detail, detail, file: file, line: line)
    }

    // MARK: Towns (ARC-02, manageReferenceData)

    func testROLE01_frontlineWorkerMayNotAddATown() throws {
        let denial = try assertDenied(.actionNotGranted) {
            try database.addTown(name: "新湾", by: session(frA), at: now)
        }
        XCTAssertEqual(denial?.action, .manageReferenceData)
        XCTAssertEqual(try lastAudit()?.detail, "manageReferenceData: actionNotGranted")
        XCTAssertEqual(try lastAudit()?.actorCode, frA.code)
        XCTAssertNil(try database.town(named: "新湾"))
        // 行政人事部 keeps the directory, not the reference data; a supervisor neither.
        for worker in [hr!, supA!] {
            try assertDenied(.actionNotGranted) { try database.addTown(name: "新湾", by: session(worker), at: now) }
        }
    }

    func testROLE01_frontlineWorkerMayNotEditOrRetireATown() throws {
        try assertDenied(.actionNotGranted) {
            try database.updateTown(name: "茶山", newName: "茶山镇", code: "CHS", by: session(frA), at: now)
        }
        try assertDenied(.actionNotGranted) {
            try database.setTownActive(name: "茶山", isActive: false, by: session(frA), at: now)
        }
        try assertDenied(.actionNotGranted) {
            try database.setTownActive(name: "茶山", isActive: false, by: session(hr), at: now)
        }
        XCTAssertEqual(try town("茶山").code, "CS")
        XCTAssertTrue(try town("茶山").isActive)
    }

    func testROLE01_aForgedSessionMayNotAddATown() throws {
        let forged = Session(workerCode: admin.code, role: .administrator, servicePointID: nil, startedAt: now,
                             seal: "not the store's")
        try assertDenied(.invalidSession) { try database.addTown(name: "新湾", by: forged, at: now) }
    }

    func testARC02_theAdministratorsTownChangesAreLogged() throws {
        let adminSession = session(admin)
        let added = try database.addTown(name: "新湾", by: adminSession, at: now)
        XCTAssertEqual(added.code, "XW")
        let ref = try townRef("新湾")
        try assertLogged(.townAdded, by: admin.code, record: ref, detail: "新湾, code XW, 镇")

        try database.updateTown(name: "新湾", newName: "新湾街道", code: "XWJ", kind: .subdistrict, by: adminSession,
                                at: now)
        try assertLogged(.townEdited, by: admin.code, record: ref,
                         detail: "name 新湾 → 新湾街道; code XW → XWJ; kind 镇 → 街道")
        // A change that changes nothing is not logged.
        let count = try auditCount()
        try database.updateTown(name: "新湾街道", newName: "新湾街道", code: "XWJ", by: adminSession, at: now)
        XCTAssertEqual(try auditCount(), count)

        try database.setTownActive(name: "新湾街道", isActive: false, by: adminSession, at: now)
        try assertLogged(.townEdited, by: admin.code, record: ref, detail: "新湾街道 XWJ deactivated")
        try database.setTownActive(name: "新湾街道", isActive: false, by: adminSession, at: now)
        XCTAssertEqual(try auditCount(), count + 1, "retiring a retired town changes nothing")
        try database.setTownActive(name: "新湾街道", isActive: true, by: adminSession, at: now)
        try assertLogged(.townEdited, by: admin.code, record: ref, detail: "新湾街道 XWJ reactivated")
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
    }

    func testARC02_aRefusedTownChangeByAnAllowedWorkerChangesNothing() throws {
        // Not an access matter: refused as before, not logged.
        let count = try auditCount()
        try assertRefused(database, field: "Code", rule: "ARC-02") {
            try database.addTown(name: "新湾", code: "CS", by: session(admin), at: now)
        }
        XCTAssertEqual(try auditCount(), count)
    }

    // MARK: Service points (manageDirectory)

    func testROLE01_frontlineWorkerMayNotChangeAServicePoint() throws {
        for worker in [frA!, supA!, sd!] {
            try assertDenied(.actionNotGranted) {
                try database.addServicePoint(name: "石龙镇社工服务点", townName: "石龙", sectorCode: "REH",
                                             employerUnit: "石龙镇残疾人联合会", by: session(worker), at: now)
            }
            try assertDenied(.actionNotGranted) {
                try database.updateServicePoint(id: pointOne, name: "改名服务点", townName: "茶山", sectorCode: "REH",
                                                employerUnit: "茶山镇残疾人联合会", by: session(worker), at: now)
            }
            try assertDenied(.actionNotGranted) {
                try database.setServicePointActive(id: pointOne, isActive: false, by: session(worker), at: now)
            }
            XCTAssertEqual(try lastAudit()?.detail, "manageDirectory: actionNotGranted")
            XCTAssertEqual(try lastAudit()?.actorCode, worker.code)
        }
        XCTAssertEqual(try database.servicePoints().map(\.name), ["茶山镇残联社工服务点", "虎门镇妇联社工服务点"])
    }

    func testROLE01_adminHRChangesServicePoints_eachChangeLogged() throws {
        let hrSession = session(hr)
        let point = try database.addServicePoint(name: "石龙镇社工服务点", townName: "石龙", sectorCode: "REH",
                                                 employerUnit: "石龙镇残疾人联合会", by: hrSession, at: now)
        let ref = ProtectedRecordRef(kind: .servicePoint, id: String(try XCTUnwrap(point.id)))
        try assertLogged(.servicePointAdded, by: hr.code, record: ref,
                         detail: "石龙镇社工服务点, town 石龙, sector REH, employer unit 石龙镇残疾人联合会")

        try database.updateServicePoint(id: point.id!, name: "石龙镇长者社工服务点", townName: "茶山", sectorCode: "CMW",
                                        employerUnit: "石龙镇残疾人联合会", by: hrSession, at: now)
        try assertLogged(.servicePointEdited, by: hr.code, record: ref,
                         detail: "name 石龙镇社工服务点 → 石龙镇长者社工服务点; town 石龙 → 茶山; sector REH → CMW")
        let count = try auditCount()
        try database.updateServicePoint(id: point.id!, name: "石龙镇长者社工服务点", townName: "茶山", sectorCode: "CMW",
                                        employerUnit: "石龙镇残疾人联合会", by: hrSession, at: now)
        XCTAssertEqual(try auditCount(), count, "a change that changes nothing is not logged")

        try database.setServicePointActive(id: point.id!, isActive: false, by: session(admin), at: now)
        try assertLogged(.servicePointEdited, by: admin.code, record: ref, detail: "石龙镇长者社工服务点 closed")
        try database.setServicePointActive(id: point.id!, isActive: true, by: hrSession, at: now)
        try assertLogged(.servicePointEdited, by: hr.code, record: ref, detail: "石龙镇长者社工服务点 reopened")
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
    }

    // MARK: The holiday calendar (CASE-06, manageReferenceData)

    func testROLE01_frontlineWorkerMayNotImportHolidays() throws {
        for worker in [frA!, hr!, sd!] {
            let denial = try assertDenied(.actionNotGranted) {
                try database.importHolidays(text: year2027, by: session(worker), at: now)
            }
            XCTAssertEqual(denial?.action, .manageReferenceData)
        }
        XCTAssertFalse(try database.holidaySchedule().isPublished(year: 2027))
    }

    func testCASE06_anImportIsLoggedInOneRowNamingTheYears() throws {
        let adminSession = session(admin)
        let count = try auditCount()
        XCTAssertEqual(try database.importHolidays(text: year2027, by: adminSession, at: now), [2027])
        XCTAssertEqual(try auditCount(), count + 1)
        try assertLogged(.holidaysImported, by: admin.code, record: nil, detail: "added 2027")
        // The same file again changes nothing, and logs nothing.
        XCTAssertEqual(try database.importHolidays(text: year2027, by: adminSession, at: now), [])
        XCTAssertEqual(try auditCount(), count + 1)
        // A correction of 2027 with a new year 2028: one row naming both.
        let corrected = year2027.replacingOccurrences(of: "off  2027-01-01 元旦", with: "off  2027-01-01..2027-01-03 元旦")
            + "\nyear 2028 测试通知 2027-11-01\noff  2028-01-01 元旦\n"
        XCTAssertEqual(try database.importHolidays(text: corrected, replacingExisting: true, by: adminSession, at: now),
                       [2027, 2028])
        XCTAssertEqual(try auditCount(), count + 2)
        try assertLogged(.holidaysImported, by: admin.code, record: nil, detail: "added 2028; replaced 2027")
    }

    // MARK: Archive codes (ARC-01, create on a record held by the worker)

    private func issue(for holder: Worker, by actor: Worker) throws -> ArchiveCode {
        try database.issueArchiveCode(workerCode: holder.code, nature: .caseWork, townName: "茶山", sectorCode: "REH",
                                      date: today, by: session(actor), at: now)
    }

    func testCONF02_aSupervisorIssuesAnArchiveCodeForASupervisedWorker() throws {
        // Down the chain: supA → traA → assA → frA.
        let code = try issue(for: frA, by: supA)
        XCTAssertEqual(code.description, "CS-REH-C01-202603-\(frA.code)")
        try assertLogged(.archiveCodeIssued, by: supA.code,
                         record: ProtectedRecordRef(kind: .archiveCodes, id: frA.code), detail: code.description)
        // The worker themself, and the direct supervisor.
        XCTAssertEqual(try issue(for: frA, by: frA).sequence, 2)
        XCTAssertEqual(try issue(for: frA, by: assA).sequence, 3)
        try assertLogged(.archiveCodeIssued, by: assA.code,
                         record: ProtectedRecordRef(kind: .archiveCodes, id: frA.code),
                         detail: "CS-REH-C03-202603-\(frA.code)")
        XCTAssertEqual(try database.archiveCodes(workerCode: frA.code).count, 3)
    }

    func testCONF02_aColleagueInAnotherChainMayNotIssueAnArchiveCode() throws {
        // supB heads another chain; frB1 works on the same service point as frA.
        for actor in [supB!, assB!, frB1!] {
            let denial = try assertDenied(.outsideScope) { _ = try issue(for: frA, by: actor) }
            XCTAssertEqual(denial?.action, .create)
            XCTAssertEqual(denial?.record, ProtectedRecordRef(kind: .archiveCodes, id: frA.code))
            XCTAssertEqual(try lastAudit()?.actorCode, actor.code)
        }
        // A colleague in the same chain is not a supervisor; nor does a worker open a supervisor's work.
        try assertDenied(.outsideScope) { _ = try issue(for: frA, by: frA2) }
        try assertDenied(.outsideScope) { _ = try issue(for: assA, by: frA) }
        // The administrator and 行政人事部 hold no case work.
        try assertDenied(.actionNotGranted) { _ = try issue(for: frA, by: admin) }
        try assertDenied(.actionNotGranted) { _ = try issue(for: frA, by: hr) }
        XCTAssertEqual(try database.archiveCodes(workerCode: frA.code), [])
    }

    func testARC01_anUnknownWorkerIsNamed_notDenied() throws {
        try assertRefused(database, field: "Worker") { _ = try database.issueArchiveCode(
            workerCode: "NOPE", nature: .caseWork, townName: "茶山", sectorCode: "REH", date: today,
            by: session(supA), at: now) }
    }

    // MARK: Without a session: the program itself

    func testWithoutASessionTheProgramIsLoggedAsSystem() throws {
        try database.addTown(name: "新湾", at: now)
        try assertLogged(.townAdded, by: AuditEntry.systemActor, record: try townRef("新湾"), detail: "新湾, code XW, 镇")
        try database.updateTown(name: "新湾", code: "XWZ", at: now)
        try database.setTownActive(name: "新湾", isActive: false, at: now)
        XCTAssertEqual(try lastAudit()?.action, .townEdited)
        try database.setServicePointActive(id: pointTwo, isActive: false, at: now)
        XCTAssertEqual(try lastAudit()?.action, .servicePointEdited)
        try database.importHolidays(text: year2027, at: now)
        XCTAssertEqual(try lastAudit()?.action, .holidaysImported)
        let code = try database.issueArchiveCode(workerCode: frA.code, nature: .visit, townName: "茶山",
                                                 sectorCode: "REH", date: today, at: now)
        try assertLogged(.archiveCodeIssued, by: AuditEntry.systemActor,
                         record: ProtectedRecordRef(kind: .archiveCodes, id: frA.code), detail: code.description)
        // The set-up's two service points were logged the same way.
        let added = try auditRows().filter { $0.action == .servicePointAdded }
        XCTAssertEqual(added.map(\.actorCode), [AuditEntry.systemActor, AuditEntry.systemActor])
        XCTAssertEqual(added.map(\.record), [ProtectedRecordRef(kind: .servicePoint, id: String(pointOne)),
                                             ProtectedRecordRef(kind: .servicePoint, id: String(pointTwo))])
        XCTAssertTrue(try database.verifyAuditLog().isIntact)
    }
}
