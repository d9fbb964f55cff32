import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// The plan of a group or activity (GRP-02) with its lead time (C1), its approval by the holder's supervisor,
/// the registration window (GRP-03) and outing safety (GRP-10).
final class ProgrammePlanTests: ProgrammeTestCase {
    func testGRP02_planSubmittedByHolderApprovedBySupervisor() throws {
        let group = try database.createProgramme(groupDraft(window: true), as: session(frA), at: now)
        _ = try database.addSession(sessionDraft("2026-04-01"), to: group.id, as: session(frA), at: now)
        try assertRefused(field: "Plan", rule: "GRP-02") {
            _ = try database.submitPlan(programmeID: group.id, as: session(frA), at: now)
        }
        let saved = try database.savePlan(plan(), for: group.id, as: session(frA), at: now)
        XCTAssertEqual(saved.budget.total, MoneyAmount(fen: 20_050))
        // The supervisor may edit the holder's programme but only the holder submits.
        try assertRefused(field: "Plan", rule: "GRP-02") {
            _ = try database.submitPlan(programmeID: group.id, as: session(assA), at: now)
        }
        let submitted = try database.submitPlan(programmeID: group.id, as: session(frA), at: now)
        XCTAssertEqual(submitted.event, .submitted)
        // Fixed once submitted.
        try assertRefused(field: "Plan", rule: "GRP-02") {
            _ = try database.savePlan(plan(), for: group.id, as: session(frA), at: now)
        }
        let approved = try database.approvePlan(programmeID: group.id, as: session(assA), at: now)
        XCTAssertEqual(approved.event, .approved)
        XCTAssertEqual(approved.warning, "")
        let detail = try database.programme(id: group.id, as: session(frA), at: now)
        XCTAssertEqual(detail.programme.stage, .planApproved)
        XCTAssertEqual(detail.reviews.map(\.event), [.submitted, .approved])
        XCTAssertEqual(detail.plan, plan())
    }

    func testGRP02_holderNeverApprovesAndOtherChainsCannot() throws {
        let group = try submittedGroup()
        // supA is above frA, but holds no approval over their own; frA is the holder.
        let before = try dumpWithoutAudit()
        XCTAssertThrowsError(try database.approvePlan(programmeID: group.id, as: session(frA), at: now))
        XCTAssertEqual(try dumpWithoutAudit(), before)
        try assertDenied { _ = try database.approvePlan(programmeID: group.id, as: session(assB), at: now) }
        XCTAssertEqual(try database.approvePlan(programmeID: group.id, as: session(supA), at: now).actorCode, supA.code)
    }

    func testGRP02_returnNeedsCommentAndReopensThePlan() throws {
        let group = try submittedGroup()
        try assertRefused(field: "Comment") {
            _ = try database.returnPlan(programmeID: group.id, comment: "  ", as: session(assA), at: now)
        }
        let returned = try database.returnPlan(programmeID: group.id, comment: "预算要细化", as: session(assA), at: now)
        XCTAssertEqual(returned.event, .returned)
        XCTAssertEqual(try database.programme(id: group.id, as: session(frA), at: now).programme.stage, .planning)
        try database.savePlan(plan(), for: group.id, as: session(frA), at: now)
        XCTAssertEqual(try database.submitPlan(programmeID: group.id, as: session(frA), at: now).event, .submitted)
    }

    func testC1_approvalBlockedBelowFiveWorkingDaysWarnedBelowTwoWeeks() throws {
        // First session on 2026-03-09 (Monday): approving on Monday 03-02 leaves exactly 5 working days.
        let lecture = try database.createProgramme(
            ProgrammeDraft(kind: .lecture, title: "防诈骗讲座", startsOn: day("2026-03-09"), endsOn: day("2026-03-09")),
            as: session(frA), at: now)
        try database.savePlan(plan(), for: lecture.id, as: session(frA), at: now)
        try database.submitPlan(programmeID: lecture.id, as: session(frA), at: now)
        // On Tuesday 03-03 only 4 working days remain: refused, nothing written.
        try assertRefused(field: "Lead time", rule: "C1") {
            _ = try database.approvePlan(programmeID: lecture.id, as: session(assA), at: later(days: 1))
        }
        let approved = try database.approvePlan(programmeID: lecture.id, as: session(assA), at: now)
        XCTAssertTrue(approved.warning.contains("[C1]"), approved.warning)
    }

    func testC1_holidaysAndMakeUpDaysCount() throws {
        let calendar = WorkingDayCalendar(schedule: try database.holidaySchedule())
        let policy = try database.policy()
        // 2026 National Day: 10-01..10-07 off (Thursday 10-01); 09-28 Monday.
        XCTAssertThrowsError(try PlanLeadTime.check(approvedOn: day("2026-09-28"), firstDay: day("2026-10-09"),
                                                    calendar: calendar, policy: policy))
        XCTAssertEqual(try PlanLeadTime.check(approvedOn: day("2026-09-21"), firstDay: day("2026-10-09"),
                                              calendar: calendar, policy: policy).warning?.rule, nil)
    }

    func testC1_unpublishedYearIsReportedNotGuessed() throws {
        let calendar = WorkingDayCalendar(schedule: try database.holidaySchedule())
        XCTAssertThrowsError(try PlanLeadTime.check(approvedOn: day("2026-12-29"), firstDay: day("2027-01-11"),
                                                    calendar: calendar, policy: try database.policy())) {
            let error = $0 as? ValidationError
            XCTAssertEqual(error?.rule, "C1")
            XCTAssertTrue(error?.description.contains("2027") ?? false, "\(String(describing: error))")
        }
    }

    func testGRP03_registrationWindowSetWithinItsLimits() throws {
        let group = try database.createProgramme(groupDraft(), as: session(frA), at: now)
        try assertRefused(field: "Registration opens", rule: "GRP-03") {
            _ = try database.setRegistrationWindow(RegistrationWindow(opensOn: day("2026-03-20"),
                                                                      closesOn: day("2026-03-30")),
                                                   for: group.id, as: session(frA), at: now)
        }
        let set = try database.setRegistrationWindow(RegistrationWindow(opensOn: day("2026-03-01"),
                                                                        closesOn: day("2026-03-31")),
                                                     for: group.id, as: session(frA), at: now)
        XCTAssertEqual(set.registrationWindow?.closesOn, day("2026-03-31"))
    }

    func testGRP10_outingNeedsSurveyVehiclesAndNotice() throws {
        let outing = try database.createProgramme(groupDraft(window: true, outing: true), as: session(frA), at: now)
        _ = try database.addSession(sessionDraft("2026-04-01"), to: outing.id, as: session(frA), at: now)
        try database.savePlan(plan(), for: outing.id, as: session(frA), at: now)
        try database.submitPlan(programmeID: outing.id, as: session(frA), at: now)
        try assertRefused(field: "Outing", rule: "GRP-10") {
            _ = try database.approvePlan(programmeID: outing.id, as: session(assA), at: now)
        }
        try assertRefused(field: "Vehicles", rule: "GRP-10") {
            _ = try database.recordOutingSafety(safety(vehicles: [OutingVehicle(plate: "粤S12345", licence: "4419",
                                                                               roadworthyConfirmed: false)]),
                                                for: outing.id, as: session(frA), at: now)
        }
        try assertRefused(field: "Vehicles", rule: "GRP-10") {
            _ = try database.recordOutingSafety(safety(vehicles: [OutingVehicle(plate: "", licence: "4419",
                                                                               roadworthyConfirmed: true)]),
                                                for: outing.id, as: session(frA), at: now)
        }
        try assertRefused(field: "Guardian notice", rule: "GRP-10") {
            _ = try database.recordOutingSafety(safety(guardians: true), for: outing.id, as: session(frA), at: now)
        }
        try database.recordOutingSafety(safety(guardians: true, notice: "请家长准时接送，注意防晒"), for: outing.id,
                                        as: session(frA), at: now)
        XCTAssertEqual(try database.approvePlan(programmeID: outing.id, as: session(assA), at: now).event, .approved)
        let detail = try database.programme(id: outing.id, as: session(frA), at: now)
        XCTAssertEqual(detail.outing?.vehicles.map(\.plate), ["粤S12345"])
    }

    func testGRP10_outingSubmittedFewerThanThreeDaysAheadIsRefused() throws {
        XCTAssertThrowsError(try OutingSafety.requireApprovable(safety(), submittedOn: day("2026-03-14"),
                                                                firstDay: day("2026-03-16"), leadDays: 3)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "GRP-10")
        }
        XCTAssertNoThrow(try OutingSafety.requireApprovable(safety(), submittedOn: day("2026-03-13"),
                                                            firstDay: day("2026-03-16"), leadDays: 3))
        // With C1's working days lowered to 1 (a policy value), GRP-10's three days still hold: an outing on Monday
        // 2026-03-16 submitted on Saturday 03-14 and approved that day is refused.
        try database.setPolicyValue(key: "plan.lead_time.block_below_working_days", value: "1")
        let outing = try database.createProgramme(
            ProgrammeDraft(kind: .smallActivity, title: "植物园参观", isOuting: true, startsOn: day("2026-03-16"),
                           endsOn: day("2026-03-16")), as: session(frA), at: now)
        try database.savePlan(plan(), for: outing.id, as: session(frA), at: now)
        try database.recordOutingSafety(safety(), for: outing.id, as: session(frA), at: now)
        try database.submitPlan(programmeID: outing.id, as: session(frA), at: later(days: 2))
        try database.returnPlan(programmeID: outing.id, comment: "补充路线", as: session(assA), at: later(days: 2))
        try database.submitPlan(programmeID: outing.id, as: session(frA), at: later(days: 12))
        try assertRefused(field: "Outing", rule: "GRP-10") {
            _ = try database.approvePlan(programmeID: outing.id, as: session(assA), at: later(days: 12))
        }
    }

    /// A group with a session on 2026-04-01 whose plan frA has submitted.
    func submittedGroup() throws -> Programme {
        let group = try database.createProgramme(groupDraft(window: true), as: session(frA), at: now)
        _ = try database.addSession(sessionDraft("2026-04-01"), to: group.id, as: session(frA), at: now)
        try database.savePlan(plan(), for: group.id, as: session(frA), at: now)
        try database.submitPlan(programmeID: group.id, as: session(frA), at: now)
        return group
    }
}
