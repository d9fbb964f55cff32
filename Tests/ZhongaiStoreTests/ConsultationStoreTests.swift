import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

final class ConsultationStoreTests: AccessTestCase {
    func newClient(holder: Worker) throws -> Client {
        try database.addClient(ClientDraft(name: "陈大文", categoryCode: "resident", phone: "13800138000"),
                               as: session(holder), allowingDuplicates: true, at: now)
    }

    func contact(_ date: CalendarDate? = nil, content: String = "了解低保申请流程") -> ConsultationContactDraft {
        ConsultationContactDraft(date: date ?? today, durationMinutes: 30, method: .phone, content: content)
    }

    func open(for client: Client, by worker: Worker, on date: CalendarDate? = nil) throws -> Consultation {
        try database.openConsultation(ConsultationDraft(clientID: client.id, topic: "低保申请",
                                                        firstContact: contact(date)),
                                      as: session(worker), at: now)
    }

    func testOpeningIssuesAnIConsultationCodeAndLogs() throws {
        let client = try newClient(holder: frA)
        let opened = try open(for: client, by: frA)
        XCTAssertEqual(opened.code, "CS-REH-I01-202603-\(frA.code)")
        XCTAssertEqual(opened.contacts.count, 1)
        XCTAssertEqual(opened.holderCode, frA.code)
        XCTAssertFalse(opened.isCaseCandidate)
        XCTAssertEqual(try database.archiveCodes(workerCode: frA.code).map(\.description), [opened.code])
        let rows = try auditRows().suffix(2)
        XCTAssertEqual(rows.map(\.action), [.archiveCodeIssued, .create])
        XCTAssertEqual(rows.last?.record, opened.ref)
    }

    func testCONS01_contactBeyondTheMaximumIsRecordedAndMakesACaseCandidate() throws {
        let client = try newClient(holder: frA)
        let opened = try open(for: client, by: frA, on: today.adding(days: -3))
        var current = opened
        for day in [-2, -1] {
            current = try database.addConsultationContact(consultationID: opened.id, contact(today.adding(days: day)),
                                                          as: session(frA), at: now)
        }
        XCTAssertEqual(current.contacts.count, 3)
        XCTAssertFalse(current.isCaseCandidate)
        current = try database.addConsultationContact(consultationID: opened.id, contact(today), as: session(frA),
                                                      at: now)
        XCTAssertEqual(current.contacts.map(\.number), [1, 2, 3, 4])
        XCTAssertTrue(current.isCaseCandidate)
        XCTAssertEqual(current.caseCandidateOn, today)
        XCTAssertTrue(try lastAudit()?.detail.contains("[CONS-01]") ?? false)
        XCTAssertEqual(try database.consultations(clientID: client.id, as: session(frA), at: now).first?.isCaseCandidate,
                       true)
    }

    func testCONS01_maximumComesFromThePolicy() throws {
        try database.writer.write { db in
            try db.execute(sql: "UPDATE policy SET value = 1 WHERE key = 'consultation.max_contacts'")
        }
        let client = try newClient(holder: frA)
        let opened = try open(for: client, by: frA)
        let second = try database.addConsultationContact(consultationID: opened.id, contact(), as: session(frA), at: now)
        XCTAssertTrue(second.isCaseCandidate)
    }

    func testContactBeforeThePreviousOrInTheFutureIsRefusedChangingNothing() throws {
        let client = try newClient(holder: frA)
        let opened = try open(for: client, by: frA)
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.addConsultationContact(consultationID: opened.id,
                                                                 contact(today.adding(days: -1)),
                                                                 as: session(frA), at: now)) { error in
            XCTAssertTrue("\(error)".contains("before the previous contact"), "\(error)")
        }
        XCTAssertThrowsError(try database.addConsultationContact(consultationID: opened.id,
                                                                 contact(today.adding(days: 1)),
                                                                 as: session(frA), at: now))
        XCTAssertThrowsError(try database.addConsultationContact(consultationID: opened.id, contact(content: " "),
                                                                 as: session(frA), at: now))
        XCTAssertEqual(try dumpWithoutAudit(), before)
    }

    func testINTAKE04_contactRecordedAfterItsDayIsFlaggedNotRefused() throws {
        let client = try newClient(holder: frA)
        let opened = try open(for: client, by: frA, on: today.adding(days: -2))
        XCTAssertEqual(opened.contacts.map(\.recordedLate), [true])
        let next = try database.addConsultationContact(consultationID: opened.id, contact(), as: session(frA), at: now)
        XCTAssertEqual(next.contacts.map(\.recordedLate), [true, false])
        XCTAssertTrue(next.summary.hasLateRecords)
    }

    func testClientOutOfSightAndOtherWorkersAreDenied() throws {
        let theirs = try newClient(holder: frB1)
        try assertDenied(.outsideScope) { _ = try open(for: theirs, by: frA) }
        let mine = try newClient(holder: frA)
        let opened = try open(for: mine, by: frA)
        try assertDenied(.outsideScope) {
            _ = try database.addConsultationContact(consultationID: opened.id, contact(), as: session(frB1), at: now)
        }
        try assertDenied(.outsideScope) { _ = try database.consultation(id: opened.id, as: session(frA2), at: now) }
        XCTAssertEqual(try database.consultation(id: opened.id, as: session(assA), at: now), opened)
    }

    func testListShowsOnlyWhatTheSessionSeesAndIsLoggedOnce() throws {
        let mine = try open(for: try newClient(holder: frA), by: frA)
        _ = try open(for: try newClient(holder: frB1), by: frB1)
        let count = try auditCount()
        XCTAssertEqual(try database.consultations(as: session(frA), at: now).map(\.id), [mine.id])
        XCTAssertEqual(try auditCount(), count + 1)
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertEqual(try database.consultations(as: session(sd), at: now).count, 2)
    }

    func testHolderWithoutAServicePointCannotBeIssuedACode() throws {
        let client = try newClient(holder: supA)
        XCTAssertThrowsError(try open(for: client, by: supA)) { error in
            XCTAssertEqual((error as? ValidationError)?.rule, "ARC-01")
        }
    }
}
