import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Shared set-up of the case-file store tests: clients, consents, intakes and cases of the access centre.
class CaseTestCase: AccessTestCase {
    private var clientsAdded = 0

    /// An adult client held by `worker`; each with a phone of their own, so none is taken for a duplicate.
    func addClient(_ worker: Worker? = nil, name: String = "王小明") throws -> Client {
        clientsAdded += 1
        return try database.addClient(ClientDraft(name: name, birthDate: try CalendarDate(year: 1980, month: 5, day: 6),
                                                  categoryCode: "elderly",
                                                  phone: "1381234" + String(format: "%04d", clientsAdded)),
                               as: session(worker ?? frA), at: now)
    }

    /// The client's consent to receive service (and to sharing with `agencies`), given `daysAgo` days ago.
    @discardableResult
    func addConsent(_ client: Client, by worker: Worker? = nil, daysAgo: Int = 0, agencies: [String] = []) throws
        -> Consent {
        try database.recordConsent(ConsentDraft(clientID: client.id, clientName: client.name,
                                                clientBirthDate: client.birthDate, givenOn: today.adding(days: -daysAgo),
                                                scope: ConsentScope(receivingService: true, sharingAgencies: agencies),
                                                recordedAs: .signedFormScanned),
                                   as: session(worker ?? frA), at: now)
    }

    func intakeDraft(_ client: Client, caseID: String? = nil, decision: IntakeDecision = .accept,
                     contact: CalendarDate? = nil) -> IntakeDraft {
        IntakeDraft(clientID: client.id, caseID: caseID, contactDate: contact ?? today, source: .selfReferred,
                    route: .servicePhone, reasonForHelp: "独居，近期跌倒两次", priorHelpSeeking: "曾向居委会求助",
                    problemDefinition: "居家安全与社会支持不足", priority: .high, decision: decision,
                    agreement: PreliminaryAgreement(form: .oral, roleExpectations: "每周家访一次",
                                                    expectedDuration: "三个月"),
                    referralAgency: decision == .refer ? "东莞市社会福利中心" : nil)
    }

    /// A case of a new client held by `worker`, with its intake and the client's consent, opened today.
    func openedCase(_ worker: Worker? = nil, consent: Bool = true) throws -> CaseFile {
        let holder: Worker = worker ?? frA
        let client = try addClient(holder)
        if consent { try addConsent(client, by: holder) }
        let intake = try database.recordIntake(intakeDraft(client), as: session(holder), at: now)
        return try database.openCase(clientID: client.id, intakeID: intake.id, openedOn: today, as: session(holder),
                                     at: now)
    }

    func detail(_ caseFile: CaseFile, as worker: Worker? = nil) throws -> CaseFileDetail {
        try database.caseFile(id: caseFile.id, as: session(worker ?? frA), at: now)
    }

    /// Requests the move to the next stage as the holder and has `approver` approve it.
    func advance(_ caseFile: CaseFile, by holder: Worker? = nil, approver: Worker? = nil) throws {
        let current = try detail(caseFile, as: holder).caseFile.stage
        let request = try database.requestApproval(caseID: caseFile.id, kind: .advance(to: current.next!),
                                                   as: session(holder ?? frA), at: now)
        try database.decide(requestID: request.id, outcome: .approved, as: session(approver ?? assA), at: now)
    }

    func serviceRecord(_ caseFile: CaseFile, on date: CalendarDate? = nil) -> ServiceRecordDraft {
        ServiceRecordDraft(caseID: caseFile.id, servedOn: date ?? today, durationMinutes: 60, place: "服务对象家中",
                           method: .homeVisit, content: "了解居家环境，讨论防跌倒措施")
    }

    func count(_ table: String) throws -> Int {
        try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
}
