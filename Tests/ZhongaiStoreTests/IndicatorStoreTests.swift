import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The annual indicators read from the records (IND-01, IND-02, IND-05), team sheets (IND-03), post contracts and
/// conversions (IND-04), and who may see or agree them.
final class IndicatorStoreTests: ProgrammeTestCase {
    /// Late in the year, when every session of the tests has been held.
    var yearEnd: Date { later(days: 300) }

    override func setUpWithError() throws {
        try super.setUpWithError()
        // frA and frA2 hold 社区综合类 posts on point one.
        try database.writer.write { db in
            try db.execute(sql: "UPDATE worker SET postTypeCode = 'community' WHERE code IN (?, ?)",
                           arguments: [frA.code, frA2.code])
        }
    }

    func sheet(_ worker: Worker, as viewer: Worker? = nil) throws -> IndicatorSheet {
        try database.indicatorSheet(year: 2026, workerCode: worker.code, as: session(viewer ?? worker), at: yearEnd)
    }

    func newClient(_ holder: Worker, name: String = "陈大文") throws -> Client {
        try database.addClient(ClientDraft(name: name, birthDate: try CalendarDate(year: 1980, month: 5, day: 6),
                                           categoryCode: "resident", phone: "13800138000"),
                               as: session(holder), allowingDuplicates: true, at: now)
    }

    /// A programme of `kind` led by frA, its plan approved by assA, with a session per entry of `minutes` from
    /// 2026-04-10 on, and `participants` walk-ins signed in to the first session.
    @discardableResult
    func heldProgramme(_ kind: ProgrammeKind, minutes: [Int] = [90], participants: Int,
                       first: String = "2026-04-10") throws -> Programme {
        let start = day(first)
        let draft = ProgrammeDraft(kind: kind, title: "社区活动", hasFixedMembers: kind == .therapeuticGroup
                                       || kind == .preventiveGroup,
                                   startsOn: start, endsOn: start.adding(days: 7 * (minutes.count - 1)))
        let programme = try database.createProgramme(draft, as: session(frA), at: now)
        var sessions: [ProgrammeSession] = []
        for (index, length) in minutes.enumerated() {
            sessions.append(try database.addSession(SessionDraft(heldOn: start.adding(days: 7 * index),
                                                                 startTime: "09:30", durationMinutes: length,
                                                                 venue: "茶山社区服务中心"),
                                                    to: programme.id, as: session(frA), at: now))
        }
        try database.savePlan(plan(), for: programme.id, as: session(frA), at: now)
        try database.submitPlan(programmeID: programme.id, as: session(frA), at: now)
        try database.approvePlan(programmeID: programme.id, as: session(assA), at: now)
        for index in 0..<participants {
            _ = try database.recordWalkIn(sessionID: sessions[0].id, name: "居民\(index)",
                                          phone: String(format: "1380000%04d", index), as: session(frA), at: now)
        }
        return programme
    }

    // MARK: Counting

    func testIND01_countsEachSourceByWorkerAndMonth() throws {
        _ = try newClient(frA, name: "李四")
        let client = try newClient(frA)
        try database.recordConsent(ConsentDraft(clientID: client.id, clientName: client.name,
                                                clientBirthDate: client.birthDate, givenOn: today,
                                                scope: ConsentScope(receivingService: true, sharingAgencies: []),
                                                recordedAs: .signedFormScanned), as: session(frA), at: now)
        let intake = try database.recordIntake(
            IntakeDraft(clientID: client.id, contactDate: today, source: .selfReferred, route: .servicePhone,
                        reasonForHelp: "独居", problemDefinition: "社会支持不足", priority: .high, decision: .accept,
                        agreement: PreliminaryAgreement(form: .oral, roleExpectations: "每周家访一次",
                                                        expectedDuration: "三个月")),
            as: session(frA), at: now)
        _ = try database.openCase(clientID: client.id, intakeID: intake.id, openedOn: today, as: session(frA), at: now)
        let consultation = try database.openConsultation(
            ConsultationDraft(clientID: client.id, topic: "低保申请",
                              firstContact: ConsultationContactDraft(date: today, durationMinutes: 30, method: .phone,
                                                                     content: "了解低保申请流程")),
            as: session(frA), at: now)
        _ = try database.addConsultationContact(
            consultationID: consultation.id,
            ConsultationContactDraft(date: today, durationMinutes: 20, method: .phone, content: "跟进材料"),
            as: session(frA), at: now)
        _ = try database.recordVisit(VisitDraft(clientID: client.id, date: today, durationMinutes: 45, place: "家中",
                                                purpose: "节前探访", content: "老人精神尚可"),
                                     as: session(frA), at: now)
        for type in [SupervisionType.practiceCompetence, .training] {
            _ = try database.recordSupervision(
                SupervisionDraft(type: type, format: .group, heldOn: today, startTime: "14:00", durationMinutes: 90,
                                 superviseeCodes: [frA.code, frA2.code]),
                as: session(assA), at: now)
        }
        _ = try newClient(frA2, name: "王五")

        let mine = try sheet(frA)
        XCTAssertEqual(mine.subject, .worker(code: frA.code, name: "王明"))
        XCTAssertEqual(mine.postTypeCode, "community")
        XCTAssertEqual(mine.line(.professionalCase)?.raw, 1)
        XCTAssertEqual(mine.line(.professionalCase)?.target, 15)
        XCTAssertEqual(mine.line(.professionalCase)?.monthly[2], 1, "opened in March")
        XCTAssertEqual(mine.line(.consultation)?.raw, 2, "contacts, 人次")
        XCTAssertEqual(mine.line(.visit)?.raw, 1)
        XCTAssertEqual(mine.line(.filing)?.raw, 2, "clients created by frA")
        XCTAssertEqual(mine.line(.supervision)?.raw, 1)
        XCTAssertEqual(mine.line(.training)?.raw, 1)
        XCTAssertEqual(try sheet(frA2).line(.filing)?.raw, 1)
        XCTAssertEqual(try sheet(frA2).line(.supervision)?.raw, 1)
        // Another year counts nothing.
        let before = try database.indicatorSheet(year: 2025, workerCode: frA.code, as: session(frA), at: yearEnd)
        XCTAssertTrue(before.lines.allSatisfy { $0.raw == 0 })
    }

    func testIND05_anActivityOf99IsSmallAndOf100IsLarge() throws {
        try heldProgramme(.largeActivity, participants: 99)
        try heldProgramme(.smallActivity, participants: 100, first: "2026-05-08")
        let mine = try sheet(frA)
        XCTAssertEqual(mine.line(.smallActivity)?.raw, 1)
        XCTAssertEqual(mine.line(.smallActivity)?.monthly[3], 1, "April")
        XCTAssertEqual(mine.line(.largeActivity)?.raw, 1)
        XCTAssertEqual(mine.line(.largeActivity)?.monthly[4], 1, "May")
    }

    func testIND05_aLectureOf39MinutesDoesNotCountAndOf40Does() throws {
        try heldProgramme(.lecture, minutes: [39], participants: 30)
        XCTAssertEqual(try sheet(frA).line(.lectureWorkshop)?.raw, 0)
        try heldProgramme(.lecture, minutes: [40], participants: 30, first: "2026-04-17")
        XCTAssertEqual(try sheet(frA).line(.lectureWorkshop)?.raw, 1)
        try heldProgramme(.workshop, minutes: [30], participants: 10, first: "2026-04-24")
        XCTAssertEqual(try sheet(frA).line(.lectureWorkshop)?.raw, 2, "a workshop of 10 counts too")
    }

    func testIND01_aProgrammeCountsInTheMonthOfItsLastSessionOnceHeld() throws {
        // Sessions 04-10, 04-17, 04-24, 05-01: counted in May.
        try heldProgramme(.therapeuticGroup, minutes: [90, 90, 90, 90], participants: 6)
        // Nobody signed in: not held.
        try heldProgramme(.preventiveGroup, participants: 0, first: "2026-06-05")
        let mine = try sheet(frA)
        XCTAssertEqual(mine.line(.therapeuticGroup)?.monthly[4], 1)
        XCTAssertEqual(mine.line(.therapeuticGroup)?.raw, 1)
        XCTAssertEqual(mine.line(.developmentalGroup)?.raw, 0)
        // Before its last session the group is not counted yet.
        let early = try database.indicatorSheet(year: 2026, workerCode: frA.code, as: session(frA),
                                                at: later(days: 55))
        XCTAssertEqual(early.line(.therapeuticGroup)?.raw, 0)
    }

    func testIND02_satisfactionPerItemAcrossTheYearsProgrammes() throws {
        let programme = try heldProgramme(.smallActivity, participants: 5)
        let registrations = try database.programme(id: programme.id, as: session(frA), at: now).registrations
        for (index, registration) in registrations.enumerated() {
            // Overall: 5, 5, 5, 3, 2 → 3 of 5 satisfied, 60 %, below 80 %; content always 5.
            let overall = [5, 5, 5, 3, 2][index]
            try database.recordFeedback(FeedbackDraft(registrationID: registration.id,
                                                      scores: [.content: 5, .arrangement: 4,
                                                               .workerPerformance: 4, .overall: overall],
                                                      filledOn: day("2026-04-10")),
                                        in: programme.id, as: session(frA), at: later(days: 45))
        }
        let mine = try sheet(frA)
        let overall = mine.satisfaction.first { $0.item == .overall }
        XCTAssertEqual(overall?.responses, 5)
        XCTAssertEqual(overall?.satisfied, 3)
        XCTAssertEqual(mine.satisfactionBelowThreshold.map(\.item), [.overall])
        XCTAssertEqual(mine.satisfaction.first { $0.item == .content }?.percent, 100)
        XCTAssertEqual(try sheet(frA2).satisfaction.map(\.responses), [0, 0, 0, 0], "frA2 held no programme")
    }

    // MARK: Teams

    func testIND03_aTeamSumsItsPostsTargetsAndItsWorkersCounts() throws {
        try heldProgramme(.smallActivity, participants: 12)
        _ = try newClient(frA2)
        _ = try newClient(frB1)
        let team = try database.indicatorSheet(year: 2026, servicePointID: pointOne, as: session(assA), at: yearEnd)
        XCTAssertEqual(team.subject, .team(servicePointID: pointOne, name: "茶山镇残联社工服务点"))
        XCTAssertEqual(team.posts, 2)
        XCTAssertEqual(team.postTypeCode, "community")
        XCTAssertEqual(team.line(.professionalCase)?.target, 30, "15 × 2 posts")
        XCTAssertEqual(team.line(.volunteerServices)?.target, 200)
        XCTAssertEqual(team.line(.smallActivity)?.raw, 1)
        XCTAssertEqual(team.line(.filing)?.raw, 2, "frA2's and frB1's (also on point one)")
        // The team's sheet: its workers' supervisors, 服务部 and the leaders; not a frontline worker.
        XCTAssertNoThrow(try database.indicatorSheet(year: 2026, servicePointID: pointOne, as: session(supB),
                                                     at: yearEnd))
        XCTAssertNoThrow(try database.indicatorSheet(year: 2026, servicePointID: pointOne, as: session(chair),
                                                     at: yearEnd))
        try assertDenied(.outsideScope) {
            _ = try database.indicatorSheet(year: 2026, servicePointID: pointOne, as: session(frA), at: yearEnd)
        }
        try assertDenied(.outsideScope) {
            _ = try database.indicatorSheet(year: 2026, servicePointID: pointTwo, as: session(assA), at: yearEnd)
        }
    }

    // MARK: Access

    func testIND01_aWorkerSeesTheirOwnSheetTheirSupervisorsTheChainsAndTheCentreAll() throws {
        XCTAssertNoThrow(try sheet(frA, as: assA))
        XCTAssertNoThrow(try sheet(frA, as: supA))
        for viewer in [sd, hr, chair, vice] as [Worker] { XCTAssertNoThrow(try sheet(frA, as: viewer)) }
        try assertDenied(.outsideScope) { _ = try sheet(frA2, as: frA) }
        try assertDenied(.outsideScope) { _ = try sheet(frA, as: supB) }
        try assertDenied(.outsideScope) { _ = try sheet(frA, as: admin) }

        let count = try auditCount()
        let mine = try database.indicatorSheets(year: 2026, as: session(assA), at: yearEnd)
        XCTAssertEqual(mine.map(\.subject), [assA, frA, frA2].sorted { $0.code < $1.code }
            .map { IndicatorSubject.worker(code: $0.code, name: $0.name) })
        XCTAssertEqual(try auditCount(), count + 1, "one log row for the list")
        XCTAssertEqual(try lastAudit()?.action, .list)
        let all = try database.indicatorSheets(year: 2026, as: session(hr), at: yearEnd)
        XCTAssertEqual(all.count, allWorkers.count - 1, "everyone but the system administrator")
        _ = try sheet(frA)
        XCTAssertEqual(try lastAudit()?.action, .view)
        XCTAssertTrue(try lastAudit()?.detail.contains(frA.code) == true)
    }

    // MARK: Contracts and conversions

    func testIND04_nobodySetsTheirOwnContractAndFrontlineSetsNone() throws {
        try assertDenied(.ownRecordApproval) {
            try database.setPostContract(year: 2026, workerCode: frA.code, allowedClauses: ["A"], note: "",
                                         as: session(frA), at: now)
        }
        try assertDenied(.actionNotGranted) {
            try database.setPostContract(year: 2026, workerCode: frA2.code, allowedClauses: ["A"], note: "",
                                         as: session(frA), at: now)
        }
        try assertDenied(.outsideScope) {
            try database.setPostContract(year: 2026, workerCode: frA.code, allowedClauses: ["A"], note: "",
                                         as: session(assB), at: now)
        }
        try assertRefused(field: "Clauses", rule: "IND-04") {
            try database.setPostContract(year: 2026, workerCode: frA.code, allowedClauses: ["G"], note: "",
                                         as: session(assA), at: now)
        }
        try database.setPostContract(year: 2026, workerCode: frA.code, allowedClauses: ["f", "A"], note: "三方协商",
                                     as: session(assA), at: now)
        let contract = try database.postContract(year: 2026, workerCode: frA.code)
        XCTAssertEqual(contract?.allowedClauses, ["A", "F"])
        XCTAssertEqual(contract?.agreedBy, assA.code)
        XCTAssertEqual(try sheet(frA).allowedClauses, ["A", "F"])
        XCTAssertTrue(try sheet(frA).conversionsAllowed)
        XCTAssertFalse(try sheet(frA2).conversionsAllowed, "no contract, no conversion")
        // 服务部 replaces it; the old one stays as history.
        try database.setPostContract(year: 2026, workerCode: frA.code, allowedClauses: ["E"], note: "",
                                     as: session(sd), at: now)
        XCTAssertEqual(try sheet(frA).allowedClauses, ["E"])
        XCTAssertEqual(try count("indicatorContract"), 2)
    }

    func testIND04_aConversionTheContractForbidsIsRefusedAndNothingWritten() throws {
        for type in Array(repeating: SupervisionType.practiceCompetence, count: 4) {
            _ = try database.recordSupervision(
                SupervisionDraft(type: type, format: .individual, heldOn: today, startTime: "14:00",
                                 durationMinutes: 60, superviseeCodes: [frA.code]),
                as: session(assA), at: now)
        }
        // The shipped target is 24 a year: lower it to 2 so that 2 are surplus.
        try database.writer.write { db in
            try db.execute(sql: "UPDATE postTarget SET minimum = 2 WHERE postTypeCode = 'community' AND indicator = 'supervision'")
        }
        let two = IndicatorConversion(from: .supervision, fromUnits: 2, to: .training, toUnits: 1, clause: "F")
        try assertRefused(field: "Conversion", rule: "IND-04") {
            try database.agreeIndicatorConversion(year: 2026, workerCode: frA.code, conversion: two, note: "",
                                                  as: session(assA), at: yearEnd)
        }
        try database.setPostContract(year: 2026, workerCode: frA.code, allowedClauses: ["A"], note: "",
                                     as: session(assA), at: now)
        try assertRefused(field: "Conversion", rule: "IND-04") {
            try database.agreeIndicatorConversion(year: 2026, workerCode: frA.code, conversion: two, note: "",
                                                  as: session(assA), at: yearEnd)
        }
        try database.setPostContract(year: 2026, workerCode: frA.code, allowedClauses: ["A", "F"], note: "",
                                     as: session(assA), at: now)
        XCTAssertEqual(try sheet(frA).proposedConversions, [two], "2 supervisions beyond 2 make 1 training")
        let four = IndicatorConversion(from: .supervision, fromUnits: 4, to: .training, toUnits: 2, clause: "F")
        try assertRefused(field: "Units", rule: "IND-04") {
            try database.agreeIndicatorConversion(year: 2026, workerCode: frA.code, conversion: four, note: "",
                                                  as: session(assA), at: yearEnd)
        }
        let odd = IndicatorConversion(from: .supervision, fromUnits: 1, to: .training, toUnits: 0, clause: "F")
        try assertRefused(field: "Units", rule: "IND-04") {
            try database.agreeIndicatorConversion(year: 2026, workerCode: frA.code, conversion: odd, note: "",
                                                  as: session(assA), at: yearEnd)
        }
        try assertDenied(.ownRecordApproval) {
            try database.agreeIndicatorConversion(year: 2026, workerCode: frA.code, conversion: two, note: "",
                                                  as: session(frA), at: yearEnd)
        }
        try database.agreeIndicatorConversion(year: 2026, workerCode: frA.code, conversion: two, note: "年终折算",
                                              as: session(assA), at: yearEnd)
        let after = try sheet(frA)
        XCTAssertEqual(after.agreedConversions, [two])
        XCTAssertEqual(after.line(.supervision)?.raw, 4)
        XCTAssertEqual(after.line(.supervision)?.converted, 2)
        XCTAssertEqual(after.line(.training)?.converted, 1)
        XCTAssertEqual(after.proposedConversions, [])
        // The surplus is spent: a second one is refused.
        try assertRefused(field: "Units", rule: "IND-04") {
            try database.agreeIndicatorConversion(year: 2026, workerCode: frA.code, conversion: two, note: "",
                                                  as: session(assA), at: yearEnd)
        }
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "DELETE FROM indicatorConversion")
        })
    }

    func count(_ table: String) throws -> Int {
        try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
}
