import Foundation
import GRDB
import XCTest
@testable import ZhongaiStore
import ZhongaiDomain

/// Groups and activities in the store (GRP-01, GRP-03, ARC-01): creation with the archive code, sessions,
/// registrations, and who may see a programme's people.
final class ProgrammeStoreTests: ProgrammeTestCase {
    func testARC01_groupGetsGCodeAndActivityPCode() throws {
        let group = try database.createProgramme(groupDraft(), as: session(frA), at: now)
        XCTAssertTrue(group.code.hasPrefix("CS-REH-G01-202603-"), group.code)
        XCTAssertEqual(group.stage, .planning)
        XCTAssertTrue(group.hasFixedMembers)
        XCTAssertEqual(group.holderCode, frA.code)
        let activity = try database.createProgramme(activityDraft(), as: session(frA), at: now)
        XCTAssertTrue(activity.code.hasPrefix("CS-REH-P01-202603-"), activity.code)
        XCTAssertFalse(activity.hasFixedMembers)
        XCTAssertEqual(try lastAudit()?.action, .create)
        XCTAssertEqual(try lastAudit()?.record, ProtectedRecordRef(kind: .programme, id: activity.id))
    }

    func testGRP03_windowOutsideOneMonthToTwoWeeksRefusedAtCreation() throws {
        var draft = groupDraft()
        // Starts 2026-04-01: registration may open from 2026-03-01 to 2026-03-18.
        draft.registrationWindow = RegistrationWindow(opensOn: day("2026-02-27"), closesOn: day("2026-03-25"))
        try assertRefused(field: "Registration opens", rule: "GRP-03") {
            _ = try database.createProgramme(draft, as: session(frA), at: now)
        }
        draft.registrationWindow = RegistrationWindow(opensOn: day("2026-03-19"), closesOn: day("2026-03-25"))
        try assertRefused(field: "Registration opens", rule: "GRP-03") {
            _ = try database.createProgramme(draft, as: session(frA), at: now)
        }
        draft.registrationWindow = RegistrationWindow(opensOn: day("2026-03-18"), closesOn: day("2026-03-25"))
        XCTAssertEqual(try database.createProgramme(draft, as: session(frA), at: now).registrationWindow,
                       draft.registrationWindow)
    }

    func testSessionsNumberedInDateOrderWithinTheProgrammeDays() throws {
        let group = try database.createProgramme(groupDraft(), as: session(frA), at: now)
        let first = try database.addSession(sessionDraft("2026-04-01"), to: group.id, as: session(frA), at: now)
        let second = try database.addSession(sessionDraft("2026-04-08"), to: group.id, as: session(frA), at: now)
        XCTAssertEqual([first.number, second.number], [1, 2])
        XCTAssertEqual(first.startTime, "09:30")
        try assertRefused(field: "Session date") {
            _ = try database.addSession(sessionDraft("2026-04-03"), to: group.id, as: session(frA), at: now)
        }
        try assertRefused(field: "Session date") {
            _ = try database.addSession(sessionDraft("2026-05-01"), to: group.id, as: session(frA), at: now)
        }
        try assertRefused(field: "Venue") {
            var draft = sessionDraft("2026-04-15")
            draft.venue = "  "
            _ = try database.addSession(draft, to: group.id, as: session(frA), at: now)
        }
    }

    func testCONF02_detailReadIsLoggedAndOtherChainsAreDenied() throws {
        let group = try approvedGroup()
        _ = try database.register(registrationDraft("陈小红", phone: "138 1234 5678"), in: group.id,
                                  as: session(frA), at: now)
        let detail = try database.programme(id: group.id, as: session(assA), at: now)
        XCTAssertEqual(detail.registrations.map(\.name), ["陈小红"])
        XCTAssertEqual(detail.registrations.first?.phone, "13812345678")
        XCTAssertEqual(try lastAudit()?.action, .view)
        XCTAssertEqual(try lastAudit()?.actorCode, assA.code)
        try assertDenied(.outsideScope) { _ = try database.programme(id: group.id, as: session(frB1), at: now) }
        try assertDenied { _ = try database.programme(id: "no-such-programme", as: session(frA), at: now) }
        try assertDenied(.outsideScope) {
            _ = try database.register(registrationDraft("李四"), in: group.id, as: session(frA2), at: now)
        }
    }

    func testListShowsOnlyWhatTheSessionMayViewAndFilters() throws {
        let mine = try database.createProgramme(groupDraft(), as: session(frA), at: now)
        let other = try database.createProgramme(activityDraft(), as: session(frB1), at: now)
        XCTAssertEqual(try database.programmes(as: session(frA), at: now).map(\.id), [mine.id])
        XCTAssertEqual(try lastAudit()?.action, .list)
        XCTAssertEqual(Set(try database.programmes(as: session(sd), at: now).map(\.id)), [mine.id, other.id])
        XCTAssertEqual(try database.programmes(matching: ProgrammeFilter(kinds: [.lecture]), as: session(sd), at: now)
            .map(\.id), [other.id])
        XCTAssertEqual(try database.programmes(matching: ProgrammeFilter(text: "情绪"), as: session(sd), at: now)
            .map(\.id), [mine.id])
        XCTAssertEqual(try database.programmes(matching: ProgrammeFilter(text: mine.code.lowercased()),
                                               as: session(sd), at: now).map(\.id), [mine.id])
    }

    func testGRP02_registrationsOnlyOnceThePlanIsApproved() throws {
        let group = try database.createProgramme(groupDraft(window: true), as: session(frA), at: now)
        try assertRefused(field: "Registration", rule: "GRP-02") {
            _ = try database.register(registrationDraft("陈小红"), in: group.id, as: session(frA), at: now)
        }
    }

    func testGRP03_fixedMembersRegisterOnlyInsideTheWindow() throws {
        let group = try approvedGroup()
        let later = later(days: 24)
        try assertRefused(field: "Registered on", rule: "GRP-03") {
            _ = try database.register(registrationDraft("陈小红", on: "2026-03-26"), in: group.id, as: session(frA),
                                      at: later)
        }
        let registered = try database.register(registrationDraft("陈小红", on: "2026-03-02"), in: group.id,
                                               as: session(frA), at: later)
        XCTAssertFalse(registered.isWalkIn)
        // A walk-in on a day of the programme is taken whatever the window.
        let atSession = now.addingTimeInterval(31 * 86_400)
        let walkIn = try database.register(registrationDraft("黄大伟", on: "2026-04-01", walkIn: true), in: group.id,
                                           as: session(frA), at: atSession)
        XCTAssertTrue(walkIn.awaitsMatching)
    }

    func testRegistrationRefusesDuplicatesAndBadPhones() throws {
        let group = try approvedGroup()
        _ = try database.register(registrationDraft("陈小红", phone: "13812345678"), in: group.id, as: session(frA),
                                  at: now)
        try assertRefused(field: "Phone") {
            _ = try database.register(registrationDraft("陈晓红", phone: "138-1234-5678"), in: group.id,
                                      as: session(frA), at: now)
        }
        try assertRefused(field: "Phone") {
            _ = try database.register(registrationDraft("张三", phone: "1381234abcd"), in: group.id, as: session(frA),
                                      at: now)
        }
        try assertRefused(field: "Name") {
            _ = try database.register(registrationDraft(" "), in: group.id, as: session(frA), at: now)
        }
    }

    func testCONF05_programmeAndRegistrationAreNeverDeleted() throws {
        let group = try approvedGroup()
        let registration = try database.register(registrationDraft("王小明"), in: group.id, as: session(frA), at: now)
        let before = try dump(database)
        for (table, id) in [("registration", registration.id), ("programme", group.id)] {
            XCTAssertThrowsError(try database.writer.write { db in
                try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [id])
            }) { XCTAssertTrue("\($0)".contains("CONF-05"), "\($0)") }
        }
        XCTAssertEqual(try dump(database), before)
    }
}
