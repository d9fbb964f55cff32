import Foundation
import XCTest
@testable import ZhongaiSpreadsheet
import ZhongaiDomain

/// Issue 5 item 7: registrations, sign-ins and the roll call (GRP-04) as the three sheets of one workbook.
final class ProgrammeWorkbookTests: XCTestCase {
    func testGRP04_theWorkbookHoldsRegistrationsSignInsAndRollCall() throws {
        let day = try CalendarDate(parsing: "2026-04-01")
        let registration = Registration(id: "r1", programmeID: "p", name: "王小明", phone: "13800001234",
                                        gender: .male, ageGroup: .adult, clientID: nil, isWalkIn: false,
                                        matchedAt: nil, registeredOn: day, recordedBy: "WM",
                                        recordedAt: Date(timeIntervalSince1970: 0))
        let signIn = SessionSignIn(id: "s1", registrationID: "r1", name: "王小明", phone: "13800001234",
                                   isWalkIn: false, signedAt: Date(timeIntervalSince1970: 1_775_007_000),
                                   signature: nil, stationID: "office")
        let rollCall = RollCall(programmeID: "p", facts: RollCallFacts(
            sessions: [RollCallFacts.Session(id: "x", number: 1, heldOn: day)],
            members: [RollCallFacts.Member(registrationID: "r1", name: "王小明", phone: "", isWalkIn: false,
                                           registeredOn: day)],
            signIns: [(sessionID: "x", registrationID: "r1")]), today: day, absenceFlag: 2)
        let records = ProgrammeSignInRecords(programmeCode: "GC-CAB-G01-202603-WM", programmeTitle: "情绪管理小组",
                                             registrations: [registration],
                                             signIns: [.init(sessionNumber: 1, heldOn: day, signIn: signIn)],
                                             rollCall: rollCall)
        let workbook = ProgrammeWorkbook(records: records, translate: { $0 }).workbook
        XCTAssertEqual(workbook.sheets.map(\.name), ["Registrations", "Sign-ins", "Roll call"])
        XCTAssertEqual(workbook.sheets[2].rows.first?.prefix(3), [.text("王小明"), .text(""), .text("✓")])
        XCTAssertEqual(workbook.sheets[1].rows.first?[4], .text("2026-04-01 09:30:00"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("signin-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try workbook.write(to: file.path)
        XCTAssertGreaterThan(try Data(contentsOf: file).count, 1000)
    }
}
