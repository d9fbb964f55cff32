import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Emergency plans, the safety group, events, their log and report (EMG-01..03).
final class EmergencyStoreTests: AccessTestCase {
    func fireDrill(by worker: Worker? = nil) throws -> EmergencyEvent {
        try database.startEmergency(kind: .fire, isDrill: true, servicePointID: pointOne, as: session(worker ?? frA),
                                    at: now)
    }

    func testEMG02_sixPlansLoadedOnceAsVersionOne() throws {
        let plans = try database.emergencyPlans()
        XCTAssertEqual(plans.map(\.kind), EmergencyPlanKind.allCases)
        XCTAssertEqual(plans.map(\.steps.count), [6, 5, 3, 4, 4, 3])
        XCTAssertTrue(plans.allSatisfy { $0.version == 1 && $0.createdBy == nil })
        XCTAssertEqual(plans[0].steps[4].callNumbers, ["119", "120"])
        let before = try dump(database)
        try database.loadReferenceData(from: Self.dataDirectory)
        XCTAssertEqual(try dump(database), before)
    }

    func testEMG02_editMakesANewVersionAndAnEventKeepsItsOwn() throws {
        let event = try fireDrill()
        var plan = try XCTUnwrap(try database.emergencyPlans().first)
        plan.steps[0].text = "发现火情者立即大声呼喊，并用灭火器灭火"
        let edited = try database.editEmergencyPlan(plan, as: session(hr), at: now)
        XCTAssertEqual(edited.version, 2)
        XCTAssertEqual(edited.createdBy, hr.code)
        XCTAssertEqual(try database.emergencyPlanVersions(kind: .fire).map(\.version), [1, 2])
        XCTAssertEqual(try database.emergencyPlans().first?.version, 2)
        let kept = try database.emergencyEvent(id: event.id, as: session(frA))
        XCTAssertEqual(kept.plan.version, 1)
        XCTAssertTrue(kept.plan.steps[0].text.hasPrefix("一发现火情"))
        let next = try fireDrill()
        XCTAssertEqual(next.plan.version, 2)
        XCTAssertEqual(try lastAudit()?.detail, "emergencyEvent \(next.id): drill fire version 2 at service point \(pointOne!)")
    }

    func testEMG02_planEditLeavingAStepWithNoRoleIsRefused() throws {
        var plan = try XCTUnwrap(try database.emergencyPlans().first)
        plan.steps[3].role = nil
        let refusal = try assertRefused(database, field: "Plan steps", rule: "EMG-02") {
            try database.editEmergencyPlan(plan, as: session(hr), at: now)
        }
        XCTAssertEqual(refusal?.arguments, ["4"])
    }

    func testEMG02_onlyAdminStaffEditPlans() throws {
        var plan = try XCTUnwrap(try database.emergencyPlans().first)
        plan.title = "防火预案（修订）"
        try assertDenied { try database.editEmergencyPlan(plan, as: session(frA), at: now) }
        XCTAssertEqual(try database.editEmergencyPlan(plan, as: session(admin), at: now).version, 2)
    }

    func testEMG01_safetyGroupFromTheDirectoryWithDeputies() throws {
        let group = try database.safetyGroup(servicePointID: pointOne, as: session(frA))
        XCTAssertEqual(group.holders(of: .leader).map(\.workerCode), [chair.code])
        XCTAssertEqual(group.deputies(of: .leader).map(\.workerCode), [vice.code])
        XCTAssertEqual(group.holders(of: .deputyLeader).map(\.workerCode), [vice.code])
        XCTAssertEqual(group.holders(of: .member).map(\.workerCode), [hr.code])
        XCTAssertEqual(group.unfilledPosts, [.logistics])
        let assigned = try database.setSafetyGroupPost(servicePointID: pointOne, role: .logistics, holders: [assA.code],
                                                       deputies: [frA.code], as: session(hr), at: now)
        XCTAssertEqual(assigned.holders(of: .logistics).map(\.workerCode), [assA.code])
        XCTAssertEqual(assigned.deputies(of: .logistics).map(\.workerCode), [frA.code])
        XCTAssertEqual(assigned.unfilledPosts, [])
        XCTAssertEqual(try database.safetyGroup(servicePointID: pointTwo, as: session(frA)).unfilledPosts, [.logistics])
        try assertDenied {
            try database.setSafetyGroupPost(servicePointID: pointOne, role: .member, holders: [frA.code], deputies: [],
                                            as: session(frA), at: now)
        }
    }

    func testEMG03_anyWorkerStartsAndTicksWithTimeAndPerson() throws {
        try database.setSafetyGroupPost(servicePointID: pointOne, role: .logistics, holders: [assA.code], deputies: [],
                                        as: session(hr), at: now)
        let event = try fireDrill()
        XCTAssertEqual(event.startedBy, frA.code)
        XCTAssertEqual(event.plan.version, 1)
        var ticked = try database.tickEmergencyStep(eventID: event.id, position: 1, note: "用灭火器", as: session(frA),
                                                    at: now.addingTimeInterval(20))
        ticked = try database.tickEmergencyStep(eventID: event.id, position: 5, doneBy: assA.code, as: session(frA),
                                                at: now.addingTimeInterval(90))
        XCTAssertEqual(ticked.log.map(\.position), [1, 5])
        XCTAssertEqual(ticked.log[1].doneBy, assA.code)
        XCTAssertEqual(ticked.log[1].recordedBy, frA.code)
        XCTAssertEqual(ticked.log[0].note, "用灭火器")
        XCTAssertEqual(ticked.log[1].doneAt, now.addingTimeInterval(90))
        let ended = try database.endEmergency(eventID: event.id, as: session(frA), at: now.addingTimeInterval(600))
        XCTAssertEqual(ended.duration(), 600)
        let history = try database.emergencyEvents(servicePointID: pointOne, kind: .fire, as: session(frA2))
        XCTAssertEqual(history.map(\.id), [event.id])
        XCTAssertEqual(history[0].durationSeconds, 600)
        XCTAssertEqual(history[0].stepsDone, 2)
        XCTAssertEqual(try database.emergencyEvents(servicePointID: pointTwo, as: session(frA)), [])
    }

    func testEMG03_stepOfAnotherEventIsRefused() throws {
        let first = try fireDrill()
        var plan = try XCTUnwrap(try database.emergencyPlans().first)
        plan.title = "防火预案（修订）"
        try database.editEmergencyPlan(plan, as: session(hr), at: now)
        let second = try fireDrill()
        let stepOfSecond = try XCTUnwrap(second.plan.steps[0].id)
        try assertRefused(database, field: "Step", rule: "EMG-03") {
            try database.tickEmergencyStep(eventID: first.id, stepID: stepOfSecond, as: session(frA), at: now)
        }
    }

    func testEMG03_aStepTickedTwiceIsRefused() throws {
        let event = try fireDrill()
        try database.tickEmergencyStep(eventID: event.id, position: 2, as: session(frA), at: now)
        try assertRefused(database, field: "Step", rule: "EMG-03") {
            try database.tickEmergencyStep(eventID: event.id, position: 2, as: session(frA2), at: now)
        }
    }

    func testEMG03_doneByOutsideTheSafetyGroupIsRefused() throws {
        let event = try fireDrill()
        try assertRefused(database, field: "Done by", rule: "EMG-03") {
            try database.tickEmergencyStep(eventID: event.id, position: 1, doneBy: frB2.code, as: session(frA), at: now)
        }
        XCTAssertEqual(try database.tickEmergencyStep(eventID: event.id, position: 1, doneBy: hr.code,
                                                      as: session(frA), at: now).log.first?.doneBy, hr.code)
    }

    func testEMG03_reportWithNoTickedStepIsRefused() throws {
        let event = try fireDrill()
        try database.endEmergency(eventID: event.id, as: session(frA), at: now.addingTimeInterval(60))
        try assertRefused(database, field: "Report", rule: "EMG-03") {
            try database.submitEmergencyReport(eventID: event.id, as: session(chair), at: now.addingTimeInterval(120))
        }
    }

    func testEMG03_onlyTheLeaderOrDeputySubmits() throws {
        let event = try fireDrill()
        try database.tickEmergencyStep(eventID: event.id, position: 1, as: session(frA), at: now)
        try database.endEmergency(eventID: event.id, as: session(frA), at: now.addingTimeInterval(60))
        try assertRefused(database, field: "Report", rule: "EMG-03") {
            try database.submitEmergencyReport(eventID: event.id, as: session(frA), at: now.addingTimeInterval(120))
        }
        XCTAssertTrue(try database.submitEmergencyReport(eventID: event.id, as: session(vice),
                                                         at: now.addingTimeInterval(120)).isReportSubmitted)
    }

    func testEMG03_afterSubmissionTheLogIsAnnotatedNotEdited() throws {
        let event = try fireDrill()
        try database.tickEmergencyStep(eventID: event.id, position: 1, as: session(frA), at: now.addingTimeInterval(10))
        try database.endEmergency(eventID: event.id, as: session(frA), at: now.addingTimeInterval(300))
        var draft = try database.emergencyReportDraft(eventID: event.id, as: session(chair))
        XCTAssertTrue(draft.account.contains("step 1"))
        draft.peopleAffected = "无人受伤"
        try database.saveEmergencyReport(eventID: event.id, report: draft, as: session(chair), at: now.addingTimeInterval(400))
        let submitted = try database.submitEmergencyReport(eventID: event.id, as: session(chair),
                                                           at: now.addingTimeInterval(500))
        XCTAssertEqual(submitted.report?.peopleAffected, "无人受伤")
        XCTAssertEqual(submitted.report?.submittedBy, chair.code)
        try assertRefused(database, field: "Event", rule: "EMG-03") {
            try database.tickEmergencyStep(eventID: event.id, position: 2, as: session(frA), at: now)
        }
        try assertRefused(database, field: "Report", rule: "EMG-03") {
            try database.saveEmergencyReport(eventID: event.id, report: EmergencyReport(account: "改"), as: session(chair),
                                             at: now)
        }
        let annotated = try database.annotateEmergency(eventID: event.id, position: 1, text: "灭火器已过期，需更换",
                                                       as: session(hr), at: now.addingTimeInterval(900))
        XCTAssertEqual(annotated.annotations.map(\.text), ["灭火器已过期，需更换"])
        // The triggers hold even against SQL written past the store's API.
        for sql in ["UPDATE emergencyStepLog SET note = 'x'", "DELETE FROM emergencyStepLog",
                    "UPDATE emergencyReport SET account = 'x'", "UPDATE emergencyEvent SET endedAt = startedAt",
                    "DELETE FROM emergencyAnnotation", "UPDATE emergencyPlanStep SET text = 'x'"] {
            XCTAssertThrowsError(try database.writer.write { try $0.execute(sql: sql) }, sql)
        }
    }

    func testEMG03_reportDocumentHoldsEveryStep() throws {
        let event = try fireDrill()
        try database.tickEmergencyStep(eventID: event.id, position: 1, as: session(frA), at: now)
        let found = try database.emergencyEvent(id: event.id, as: session(frA))
        let drafter = EmergencyReportDocument(translate: { $0 })
        let document = drafter.document(found, report: EmergencyReport(account: drafter.draftAccount(found)))
        let text = document.plainText.joined(separator: "\n")
        for step in found.plan.steps { XCTAssertTrue(text.contains(step.text)) }
        try database.recordEmergencyReportOutput(eventID: event.id, action: .export, as: session(chair), at: now)
        XCTAssertEqual(try lastAudit()?.action, .export)
    }
}
