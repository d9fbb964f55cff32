import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Rule IND-01: volunteers (发展志愿者人数), their trainings (志愿者培训) and service times (志愿者提供服务), counted per
/// worker and month; volunteers are protected records read through the access policy, never deleted (CONF-05).
final class VolunteerStoreTests: AccessTestCase {
    func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    @discardableResult
    func addVolunteer(_ name: String, phone: String? = nil, joined: String = "2026-01-10", by worker: Worker,
                      recruitedBy: Worker? = nil) throws -> Volunteer {
        try database.addVolunteer(VolunteerDraft(name: name, gender: .female, phone: phone, joinedOn: day(joined),
                                                 recruitedBy: recruitedBy?.code),
                                  as: session(worker), at: now)
    }

    func tally(_ year: Int = 2026) throws -> IndicatorTally {
        try database.writer.read { try AppDatabase.volunteerIndicatorTally($0, year: year) }
    }

    func testIND01_volunteerIndicatorsArePerWorkerAndMonth() throws {
        let a = try addVolunteer("陈美华", phone: "13800138001", joined: "2026-01-15", by: frA)
        let b = try addVolunteer("李志强", joined: "2026-03-01", by: frA)
        try addVolunteer("黄小玲", joined: "2025-12-31", by: frA)
        let c = try addVolunteer("何家明", joined: "2026-02-03", by: assA, recruitedBy: frA2)
        XCTAssertEqual([a.number, b.number], [1, 2], "volunteers are numbered in order")
        try database.recordVolunteerTraining(
            VolunteerTrainingDraft(heldOn: day("2026-03-01"), title: "长者陪伴技巧", minutes: 90,
                                   attendeeIDs: [a.id, String(b.number)]),
            as: session(frA), at: now)
        try database.recordVolunteerService(
            VolunteerServiceDraft(servedOn: day("2026-03-01"), hours: 3, volunteerIDs: [a.id, b.id],
                                  activity: "长者生日会协助"), as: session(frA), at: now)
        // A supervisor records the service of a supervisee's volunteers: counted for the organiser.
        try database.recordVolunteerService(
            VolunteerServiceDraft(servedOn: day("2026-02-20"), hours: 1.5, volunteerIDs: [a.id],
                                  activity: "探访陪同", organiserCode: frA.code), as: session(assA), at: now)
        try database.recordVolunteerService(
            VolunteerServiceDraft(servedOn: day("2026-02-21"), hours: 2, volunteerIDs: [c.id], activity: "义卖"),
            as: session(frA2), at: now)

        let counts = try tally()
        XCTAssertEqual(counts.monthly(worker: frA.code, indicator: .volunteersRecruited),
                       [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], "the month of joining; December 2025 is last year's")
        XCTAssertEqual(counts.total(worker: frA2.code, indicator: .volunteersRecruited), 1,
                       "credited to the recruiter, not to the worker who typed it")
        XCTAssertEqual(counts.total(worker: assA.code, indicator: .volunteersRecruited), 0)
        XCTAssertEqual(counts.monthly(worker: frA.code, indicator: .volunteerTraining)[2], 1,
                       "one training (次), its attendees named by id or by number")
        XCTAssertEqual(counts.monthly(worker: frA.code, indicator: .volunteerServices),
                       [0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0], "one 人次 per volunteer named")
        XCTAssertEqual(counts.total(worker: frA2.code, indicator: .volunteerServices), 1)
        XCTAssertEqual(try tally(2025).total(worker: frA.code, indicator: .volunteersRecruited), 1)
        let some = try database.writer.read {
            try AppDatabase.volunteerIndicatorTally($0, year: 2026, workers: [frA2.code])
        }
        XCTAssertEqual(Set(some.counts.keys), [frA2.code], "limited to the workers asked for")
        XCTAssertEqual(try database.writer.read {
            try AppDatabase.volunteerIndicatorTally($0, year: 2026, workers: [])
        }, IndicatorTally())

        let mine = try database.volunteerYearCounts(year: 2026, as: session(frA), at: now)
        XCTAssertEqual(mine.total(.volunteerServices), 3)
        XCTAssertEqual(try database.volunteerYearCounts(year: 2026, workerCode: frA.code, as: session(supA), at: now)
            .total(.volunteersRecruited), 2, "a supervisor sees the counts of the chain below")
        try assertDenied(.outsideScope) {
            _ = try database.volunteerYearCounts(year: 2026, workerCode: frA.code, as: session(frB1), at: now)
        }
    }

    func testIND01_badVolunteerRecordsAreRefusedAndWriteNothing() throws {
        let a = try addVolunteer("陈美华", joined: "2026-01-15", by: frA)
        try assertRefused(database, field: "Volunteers served", rule: "IND-01") {
            _ = try database.recordVolunteerService(
                VolunteerServiceDraft(servedOn: today, hours: 2, volunteerIDs: [], activity: "义卖"),
                as: session(frA), at: now)
        }
        try assertRefused(database, field: "Hours", rule: "IND-01") {
            _ = try database.recordVolunteerService(
                VolunteerServiceDraft(servedOn: today, hours: 0, volunteerIDs: [a.id], activity: "义卖"),
                as: session(frA), at: now)
        }
        try assertRefused(database, field: "Training date", rule: "IND-01") {
            _ = try database.recordVolunteerTraining(
                VolunteerTrainingDraft(heldOn: today.adding(days: 1), title: "急救", minutes: 60, attendeeIDs: [a.id]),
                as: session(frA), at: now)
        }
        try assertRefused(database, field: "Volunteers served", rule: "IND-01") {
            _ = try database.recordVolunteerService(
                VolunteerServiceDraft(servedOn: day("2026-01-14"), hours: 2, volunteerIDs: [a.id], activity: "义卖"),
                as: session(frA), at: now)
        }
        try assertRefused(database, field: "Volunteers served") {
            _ = try database.recordVolunteerService(
                VolunteerServiceDraft(servedOn: today, hours: 2, volunteerIDs: ["999"], activity: "义卖"),
                as: session(frA), at: now)
        }
        try assertRefused(database, field: "Programme") {
            _ = try database.recordVolunteerService(
                VolunteerServiceDraft(servedOn: today, hours: 2, volunteerIDs: [a.id], activity: "义卖",
                                      programmeCode: "CS-REH-P99-202601-XX"), as: session(frA), at: now)
        }
        try assertRefused(database, field: "Joined on", rule: "IND-01") {
            _ = try addVolunteer("李志强", joined: "2026-03-03", by: frA)
        }
        try assertRefused(database, field: "Recruited by") {
            _ = try database.addVolunteer(VolunteerDraft(name: "李志强", joinedOn: today, recruitedBy: "NOBODY"),
                                          as: session(frA), at: now)
        }
        XCTAssertEqual(try tally().total(worker: frA.code, indicator: .volunteerServices), 0)
    }

    func testIND01_aVolunteerWhoLeftServesNoMore() throws {
        let a = try addVolunteer("陈美华", joined: "2026-01-15", by: frA)
        let left = try database.volunteerLeft(id: a.id, on: day("2026-02-01"), reason: "外出务工", as: session(frA), at: now)
        XCTAssertFalse(left.isActive)
        try assertRefused(database, field: "Left on") {
            _ = try database.volunteerLeft(id: a.id, on: today, reason: "再次", as: session(frA), at: now)
        }
        try assertRefused(database, field: "Attendees", rule: "IND-01") {
            _ = try database.recordVolunteerTraining(
                VolunteerTrainingDraft(heldOn: day("2026-02-02"), title: "急救", minutes: 60, attendeeIDs: [a.id]),
                as: session(frA), at: now)
        }
        XCTAssertEqual(try database.volunteers(as: session(frA), at: now), [])
        XCTAssertEqual(try database.volunteers(includingLeft: true, as: session(frA), at: now).map(\.id), [a.id])
        XCTAssertEqual(try tally().total(worker: frA.code, indicator: .volunteersRecruited), 1,
                       "who left was still recruited")
    }

    func testIND01_sameNameAndPhoneIsAskedAbout() throws {
        let first = try addVolunteer("陈美华", phone: "13800138001", by: frA)
        XCTAssertThrowsError(try addVolunteer("陈美华", phone: "138-0013-8001", by: frA)) { error in
            XCTAssertEqual((error as? PossibleDuplicateVolunteers)?.duplicates.map(\.id), [first.id])
        }
        XCTAssertThrowsError(try addVolunteer("陈美华", phone: "13800138001", by: frB1)) { error in
            let duplicates = error as? PossibleDuplicateVolunteers
            XCTAssertEqual(duplicates?.duplicates, [], "a colleague's volunteer is not shown")
            XCTAssertEqual(duplicates?.heldElsewhere, 1)
        }
        let second = try database.addVolunteer(
            VolunteerDraft(name: "陈美华", phone: "13800138001", joinedOn: today), as: session(frA),
            allowingDuplicates: true, at: now)
        XCTAssertEqual(second.number, 2)
        XCTAssertNoThrow(try addVolunteer("陈美华", by: frA), "without a phone there is nothing to match")
    }

    func testCONF05_volunteersAreReadThroughTheAccessPolicyMaskedAndNeverDeleted() throws {
        let a = try addVolunteer("欧阳小明", phone: "13800138001", by: frA)
        let listed = try database.volunteers(as: session(assA), at: now)
        XCTAssertEqual(listed.map(\.name), ["欧**明"])
        XCTAssertEqual(listed.first?.phone, "138****8001")
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertEqual(try database.volunteers(matching: "8001", as: session(sd), at: now).map(\.id), [a.id])
        XCTAssertEqual(try database.volunteers(as: session(frB1), at: now), [])
        XCTAssertEqual(try database.volunteer(id: a.id, as: session(frA), at: now).name, "欧阳小明")
        XCTAssertEqual(try lastAudit()?.action, .view)
        try assertDenied(.outsideScope) { _ = try database.volunteer(id: a.id, as: session(frB1), at: now) }
        try assertDenied(.outsideScope) {
            _ = try database.recordVolunteerService(
                VolunteerServiceDraft(servedOn: today, hours: 2, volunteerIDs: [a.id], activity: "义卖"),
                as: session(frB1), at: now)
        }
        try assertDenied(.outsideScope) {
            _ = try database.recordOutreach(OutreachDraft(heldOn: today, place: "广场", theme: "宣传", peopleReached: 5,
                                                          workerCode: frA.code), as: session(frB1), at: now)
        }
        var draft = a.draft
        draft.skills = "摄影"
        XCTAssertEqual(try database.updateVolunteer(id: a.id, draft, as: session(frA), at: now).skills, "摄影")
        draft.recruitedBy = frA2.code
        try assertRefused(database, field: "Recruited by", rule: "IND-01") {
            _ = try database.updateVolunteer(id: a.id, draft, as: session(frA), at: now)
        }
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "DELETE FROM volunteer WHERE id = ?", arguments: [a.id])
        })
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "UPDATE volunteer SET recruitedBy = ? WHERE id = ?", arguments: [frA2.code, a.id])
        })
    }

    func testIND01_trainingsAndServicesListWithMaskedNames() throws {
        let a = try addVolunteer("陈美华", by: frA)
        try database.recordVolunteerTraining(
            VolunteerTrainingDraft(heldOn: today, title: "急救常识", minutes: 120, attendeeIDs: [String(a.number)]),
            as: session(frA), at: now)
        let trainings = try database.volunteerTrainings(year: 2026, as: session(supA), at: now)
        XCTAssertEqual(trainings.map(\.title), ["急救常识"])
        XCTAssertEqual(trainings.first?.attendees.map(\.name), ["陈*华"])
        XCTAssertEqual(try database.volunteerTrainings(as: session(frB1), at: now), [])
        XCTAssertEqual(try database.volunteerTrainings(year: 2025, as: session(frA), at: now), [])
        let service = try database.recordVolunteerService(
            VolunteerServiceDraft(servedOn: today, hours: 2.5, volunteerIDs: [a.id], activity: "义卖"),
            as: session(frA), at: now)
        XCTAssertEqual(service.personTimes, 1)
        XCTAssertEqual(try database.volunteerServices(as: session(frA), at: now).map(\.hours), [2.5])
        XCTAssertThrowsError(try database.writer.write { db in
            try db.execute(sql: "DELETE FROM volunteerServiceVolunteer")
        })
    }
}
