import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Shared set-up of the programme tests: the access centre (frA leads; assA, traA, supA above in chain A), and
/// drafts for a group that starts a month after "now" (2026-03-02).
class ProgrammeTestCase: AccessTestCase {
    func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    /// "now" moved by whole days.
    func later(days: Int) -> Date { now.addingTimeInterval(Double(days) * 86_400) }

    /// A therapeutic group from 2026-04-01 to 2026-04-30; with `window`, registration from 2026-03-02 to 03-25.
    func groupDraft(window: Bool = false, outing: Bool = false) -> ProgrammeDraft {
        ProgrammeDraft(kind: .therapeuticGroup, title: "情绪管理小组", isOuting: outing, startsOn: day("2026-04-01"),
                       endsOn: day("2026-04-30"),
                       registrationWindow: window ? RegistrationWindow(opensOn: day("2026-03-02"),
                                                                       closesOn: day("2026-03-25")) : nil)
    }

    /// A lecture on 2026-04-10.
    func activityDraft() -> ProgrammeDraft {
        ProgrammeDraft(kind: .lecture, title: "防诈骗讲座", startsOn: day("2026-04-10"), endsOn: day("2026-04-10"))
    }

    func sessionDraft(_ date: String, minutes: Int = 90) -> SessionDraft {
        SessionDraft(heldOn: day(date), startTime: "9:30", durationMinutes: minutes, venue: "茶山社区服务中心")
    }

    func registrationDraft(_ name: String, phone: String = "", on date: String = "2026-03-02",
                           walkIn: Bool = false) -> RegistrationDraft {
        RegistrationDraft(name: name, phone: phone, gender: .female, ageGroup: .adult, isWalkIn: walkIn,
                          registeredOn: day(date))
    }

    func plan() -> ProgrammePlan {
        ProgrammePlan(aims: "学习情绪管理的方法", targetMembers: "社区内的青少年 8 人",
                      items: [ProgrammePlanItem(title: "第一节", content: "相识与订立小组契约"),
                              ProgrammePlanItem(title: "第二节", content: "认识情绪")],
                      budget: [BudgetLine(item: "物资", amount: MoneyAmount(fen: 12_050)),
                               BudgetLine(item: "茶点", amount: MoneyAmount(fen: 8_000))])
    }

    /// A group held by frA with two sessions (04-01, 04-08) and its registration window, its plan approved by assA
    /// on "now".
    func approvedGroup(outing: Bool = false) throws -> Programme {
        let group = try database.createProgramme(groupDraft(window: true, outing: outing), as: session(frA), at: now)
        _ = try database.addSession(sessionDraft("2026-04-01"), to: group.id, as: session(frA), at: now)
        _ = try database.addSession(sessionDraft("2026-04-08"), to: group.id, as: session(frA), at: now)
        try database.savePlan(plan(), for: group.id, as: session(frA), at: now)
        if outing {
            try database.recordOutingSafety(safety(), for: group.id, as: session(frA), at: now)
        }
        try database.submitPlan(programmeID: group.id, as: session(frA), at: now)
        try database.approvePlan(programmeID: group.id, as: session(assA), at: now)
        return try database.programme(id: group.id, as: session(frA), at: now).programme
    }

    func safety(vehicles: [OutingVehicle] = [OutingVehicle(plate: "粤S12345", licence: "441900123456",
                                                         roadworthyConfirmed: true)],
                guardians: Bool = false, notice: String = "") -> OutingSafety {
        OutingSafety(surveyedOn: day("2026-03-01"), surveyor: "王明", findings: "场地平整，无危险因素",
                     route: "服务点—松山湖植物园", usesVehicles: !vehicles.isEmpty, vehicles: vehicles,
                     guardiansTakeParticipants: guardians, guardianNotice: notice)
    }

    /// `assertRefused` on this test's database.
    func assertRefused(field: String, rule: String? = nil, file: StaticString = #filePath, line: UInt = #line,
                       _ body: () throws -> Void) throws {
        try assertRefused(database, field: field, rule: rule, file: file, line: line, body)
    }
}
