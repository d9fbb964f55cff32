import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Borrowing archived files (CONF-04), the archive's checks and the bulk destruction (CONF-05).
final class ArchiveBorrowStoreTests: CaseTestCase {
    /// A case of `frA` closed, handed over and received: in the archive.
    func archivedCase() throws -> CaseFile {
        let caseFile = try openedCase()
        let request = try database.requestApproval(caseID: caseFile.id, kind: .close(.goalsAchieved), as: session(frA), at: now)
        try database.decide(requestID: request.id, outcome: .approved, as: session(assA), at: now)
        let list = try database.createHandoverList(quarter: try ArchiveQuarter(parsing: "2026-Q1"), as: session(frA), at: now)
        _ = try database.handOver(listID: list.id, as: session(frA), at: now)
        _ = try database.receiveHandoverList(listID: list.id, as: session(sd), at: now)
        return caseFile
    }

    func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    func testCONF04_onlyAnArchivedRecordIsLent_byTheServiceDepartment_oneLoanAtATime() throws {
        let notArchived = try openedCase()
        try assertRefused(database, field: "Record", rule: "CONF-04") {
            _ = try database.lendArchivedRecord(notArchived.code, to: frA2.code, purpose: "个案回顾", borrowedOn: today,
                                                dueOn: today.adding(days: 7), as: session(sd), at: now)
        }
        let archived = try archivedCase()
        try assertRefused(database, field: "Archive", rule: "CONF-04") {
            _ = try database.lendArchivedRecord(archived.code, to: frA2.code, purpose: "个案回顾", borrowedOn: today,
                                                dueOn: today.adding(days: 7), as: session(frA), at: now)
        }
        try assertRefused(database, field: "Purpose", rule: "CONF-04") {
            _ = try database.lendArchivedRecord(archived.code, to: frA2.code, purpose: " ", borrowedOn: today,
                                                dueOn: today.adding(days: 7), as: session(sd), at: now)
        }
        let loan = try database.lendArchivedRecord(archived.code, to: frA2.code, purpose: "个案回顾", borrowedOn: today,
                                                   dueOn: today.adding(days: 7), as: session(sd), at: now)
        XCTAssertEqual(loan.borrowerCode, frA2.code)
        XCTAssertTrue(loan.isOut)
        XCTAssertEqual(try lastAudit()?.record?.id, archived.id)
        XCTAssertTrue(try lastAudit()?.detail.contains("CONF-04") ?? false)
        try assertRefused(database, field: "Record", rule: "CONF-04") {
            _ = try database.lendArchivedRecord(archived.code, to: frB1.code, purpose: "x", borrowedOn: today,
                                                dueOn: today.adding(days: 7), as: session(sd), at: now)
        }
        // On the borrower's board and 服务部's until returned; overdue after its day.
        let item = try XCTUnwrap(try database.dueItems(as: session(frA2), at: now).first { $0.subject.id == "loan:\(loan.id)" })
        XCTAssertEqual(item.rule, "CONF-04")
        XCTAssertEqual(item.dueOn, today.adding(days: 7))
        XCTAssertEqual(try database.dueItems(as: session(sd), at: now.addingTimeInterval(8 * 86_400))
            .first { $0.subject.id == "loan:\(loan.id)" }?.status, .overdue)
        let returned = try database.returnArchiveLoan(loan.id, returnedOn: today.adding(days: 3), as: session(sd), at: now)
        XCTAssertEqual(returned.returnedOn, today.adding(days: 3))
        XCTAssertFalse(try database.dueItems(as: session(frA2), at: now).contains { $0.subject.id == "loan:\(loan.id)" })
        XCTAssertThrowsError(try database.returnArchiveLoan(loan.id, returnedOn: today, as: session(sd), at: now))
        XCTAssertThrowsError(try database.writer.write { db in try db.execute(sql: "DELETE FROM archiveLoan") }) {
            XCTAssertTrue("\($0)".contains("CONF-04"))
        }
    }

    func testCONF04_aLossIsReportedAtOnce_andShowsForTheServiceDepartmentAndTheChairUntilTheRemedy() throws {
        let archived = try archivedCase()
        let loan = try database.lendArchivedRecord(archived.id, to: frA2.code, purpose: "督导个案讨论", borrowedOn: today,
                                                   dueOn: today.adding(days: 14), as: session(sd), at: now)
        try assertRefused(database, field: "Loss", rule: "CONF-04") {
            _ = try database.reportArchiveLoss(loan.id, lostOn: today, description: "遗失", as: session(frB1), at: now)
        }
        try assertRefused(database, field: "Description", rule: "CONF-04") {
            _ = try database.reportArchiveLoss(loan.id, lostOn: today, description: "", as: session(frA2), at: now)
        }
        let lost = try database.reportArchiveLoss(loan.id, lostOn: today, description: "外出家访途中遗失文件袋",
                                                  as: session(frA2), at: now)
        XCTAssertEqual(lost.lostOn, today)
        XCTAssertEqual(lost.lossReportedBy, frA2.code)
        for worker in [sd!, chair!] {
            let item = try XCTUnwrap(try database.dueItems(as: session(worker), at: now).first { $0.subject.id == "loan:\(loan.id)" })
            XCTAssertEqual(item.title, "A borrowed file was reported lost")
            XCTAssertEqual(item.status, .overdue)
        }
        XCTAssertThrowsError(try database.recordLossRemedy(loan.id, remedy: "补办", as: session(frA2), at: now))
        _ = try database.recordLossRemedy(loan.id, remedy: "已向服务对象说明并补办复印件", as: session(sd), at: now)
        XCTAssertFalse(try database.dueItems(as: session(chair), at: now).contains { $0.subject.id == "loan:\(loan.id)" })
        XCTAssertEqual(try database.archiveLoans(as: session(chair), at: now).first?.stateTitle, "Lost, remedy recorded")
        XCTAssertEqual(try database.archiveLoans(as: session(frB1), at: now).count, 0, "not theirs")
    }

    func testCONF05_quarterlyCheckAndYearlyInventoryAreRecorded_andLeaveTheDueBoard() throws {
        let before = try XCTUnwrap(try database.dueItems(as: session(sd), at: now).first { $0.subject.id == "check:quarterlyCheck" })
        XCTAssertEqual(before.dueOn, day("2026-03-31"))
        XCTAssertEqual(before.rule, "CONF-05")
        XCTAssertTrue(before.clauses.first?.contains("信息保密制度") ?? false, "\(before.clauses)")
        try assertRefused(database, field: "Archive", rule: "CONF-05") {
            _ = try database.recordArchiveCheck(.quarterlyCheck, checkedOn: today, findings: "齐全", as: session(frA), at: now)
        }
        try assertRefused(database, field: "Findings", rule: "CONF-05") {
            _ = try database.recordArchiveCheck(.quarterlyCheck, checkedOn: today, findings: " ", as: session(sd), at: now)
        }
        _ = try database.recordArchiveCheck(.quarterlyCheck, checkedOn: today, findings: "文书齐全，目录相符", as: session(sd), at: now)
        let after = try XCTUnwrap(try database.dueItems(as: session(sd), at: now).first { $0.subject.id == "check:quarterlyCheck" })
        XCTAssertEqual(after.dueOn, day("2026-06-02"))
        _ = try database.recordArchiveCheck(.yearlyInventory, checkedOn: today, findings: "清查完毕", as: session(sd), at: now)
        XCTAssertEqual(try database.dueItems(as: session(sd), at: now).first { $0.subject.id == "check:yearlyInventory" }?.dueOn,
                       day("2027-03-02"))
        XCTAssertEqual(try database.archiveChecks(as: session(chair), at: now).count, 2)
    }

    func testCONF05_theDestructionBatch_serviceDepartmentProposes_theChairConfirms_everyItemLogged_electronicRecordKept() throws {
        let archived = try archivedCase()
        // Not yet three years old.
        try assertRefused(database, field: "Destruction", rule: "CONF-05") {
            _ = try database.proposeDestruction(as: session(sd), at: now)
        }
        let later = now.addingTimeInterval(3 * 366 * 86_400)
        XCTAssertTrue(try database.dueItems(as: session(sd), at: later).contains { $0.subject.id == "destruction" && $0.status == .overdue })
        XCTAssertEqual(try database.destructionCandidates(as: session(sd), at: later).map(\.line.code), [archived.code])
        try assertRefused(database, field: "Archive", rule: "CONF-05") {
            _ = try database.proposeDestruction(as: session(chair), at: later)
        }
        let batch = try database.proposeDestruction(as: session(sd), at: later)
        XCTAssertFalse(batch.isConfirmed)
        XCTAssertEqual(batch.records.map(\.line.code), [archived.code])
        XCTAssertTrue(try database.dueItems(as: session(chair), at: later).contains { $0.subject.id == "destruction:\(batch.id)" })
        try assertRefused(database, field: "Destruction", rule: "CONF-05") {
            _ = try database.confirmDestruction(batch.id, as: session(sd), at: later)
        }
        let confirmed = try database.confirmDestruction(batch.id, as: session(chair), at: later)
        XCTAssertTrue(confirmed.isConfirmed)
        XCTAssertEqual(confirmed.records.first?.destroyedOn, CalendarDate.today(now: later))
        let rows = try auditRows().filter { $0.record?.id == archived.id && $0.detail.contains("CONF-05 destruction batch") }
        XCTAssertEqual(rows.count, 1, "one row per item")
        XCTAssertEqual(rows.first?.actorCode, chair.code)
        // The electronic record is kept; the paper one can no longer be lent.
        XCTAssertEqual(try count("caseFile"), 1)
        try assertRefused(database, field: "Record", rule: "CONF-05") {
            _ = try database.lendArchivedRecord(archived.code, to: frA2.code, purpose: "x", borrowedOn: today,
                                                dueOn: today, as: session(sd), at: later)
        }
        XCTAssertThrowsError(try database.confirmDestruction(batch.id, as: session(chair), at: later))
        XCTAssertFalse(try database.dueItems(as: session(sd), at: later).contains { $0.subject.id == "destruction" })
    }
}
