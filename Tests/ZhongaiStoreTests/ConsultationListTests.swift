import Foundation
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The 咨询 and 探访 lists across clients: masked, filtered by access in SQL, logged once.
final class ConsultationListTests: AccessTestCase {
    func newClient(holder: Worker, name: String = "陈大文") throws -> Client {
        try database.addClient(ClientDraft(name: name, categoryCode: "resident", phone: "13800138000"),
                               as: session(holder), allowingDuplicates: true, at: now)
    }

    func open(for client: Client, by worker: Worker) throws -> Consultation {
        try database.openConsultation(
            ConsultationDraft(clientID: client.id, topic: "低保申请",
                              firstContact: ConsultationContactDraft(date: today, durationMinutes: 30, method: .phone,
                                                                     content: "了解低保申请流程")),
            as: session(worker), at: now)
    }

    func visit(_ client: Client, by worker: Worker, place: String) throws -> Visit {
        try database.recordVisit(VisitDraft(clientID: client.id, date: today, durationMinutes: 45, place: place,
                                            purpose: "节前探访", content: "老人精神尚可"),
                                 as: session(worker), at: now)
    }

    func testCONS01_consultationListMasksTheClientAndShowsTheSupervisorTheirChainOnly() throws {
        let mine = try open(for: try newClient(holder: frA, name: "陈大文"), by: frA)
        _ = try open(for: try newClient(holder: frB1, name: "李小红"), by: frB1)
        let count = try auditCount()
        let listed = try database.consultationList(as: session(assA), at: now)
        XCTAssertEqual(listed, [ConsultationListEntry(summary: mine.summary, clientName: "陈*文")])
        XCTAssertEqual(try auditCount(), count + 1)
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertEqual(try database.consultationList(as: session(frB2), at: now), [])
        XCTAssertEqual(try database.consultationList(as: session(sd), at: now).count, 2)
    }

    func testCONS02_visitListMasksTheClientAndThePlace() throws {
        let client = try newClient(holder: frA, name: "陈大文")
        let first = try visit(client, by: frA, place: "广东省东莞市茶山镇南社村12号")
        let second = try visit(client, by: frA, place: "家中")
        let listed = try database.visitList(as: session(frA), at: now)
        XCTAssertEqual(listed.map(\.summary.id), [first.id, second.id])
        XCTAssertNotEqual(first.code, second.code)
        XCTAssertEqual(listed.map(\.clientName), ["陈*文", "陈*文"])
        XCTAssertEqual(listed.map(\.place), ["茶山镇****", SensitiveField.hidden])
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertEqual(try database.visitList(as: session(frB1), at: now), [])
        XCTAssertEqual(try database.visitList(as: session(assA), at: now).count, 2)
    }

    func testListsKeepTheSummariesTheyExtend() throws {
        let client = try newClient(holder: frA)
        _ = try open(for: client, by: frA)
        _ = try visit(client, by: frA, place: "家中")
        XCTAssertEqual(try database.consultationList(clientID: client.id, as: session(frA), at: now).map(\.summary),
                       try database.consultations(clientID: client.id, as: session(frA), at: now))
        XCTAssertEqual(try database.visitList(clientID: client.id, as: session(frA), at: now).map(\.summary),
                       try database.visits(clientID: client.id, as: session(frA), at: now))
    }
}
