import Foundation
import XCTest
import ZhongaiDomain

final class SignInDomainTests: XCTestCase {
    private let roster = [
        RosterEntry(id: "1", name: "王小明", phone: "13800001234"),
        RosterEntry(id: "2", name: "王明", phone: "13900005678"),
        RosterEntry(id: "3", name: "曾小华", phone: "13700001234", signedInAt: Date(timeIntervalSince1970: 0)),
        RosterEntry(id: "4", name: "欧阳娜娜", phone: "0769-22123456"),
        RosterEntry(id: "5", name: "小王", phone: ""),
    ]

    func testGRP04_rosterSearchByName() {
        let search = RosterSearch(roster)
        XCTAssertEqual(search.search("王明").map(\.id), ["2"], "the whole name first, nobody else holds it")
        XCTAssertEqual(search.search("王").map(\.id), ["2", "1", "5"], "family name first, then inside")
        XCTAssertEqual(search.search("娜").map(\.id), ["4"])
        XCTAssertEqual(search.search("").count, 5)
    }

    func testGRP04_rosterSearchByPinyinInitialsWithSurnameReadings() {
        let search = RosterSearch(roster)
        XCTAssertEqual(search.search("wxm").map(\.id), ["1"])
        XCTAssertEqual(search.search("W").map(\.id), ["2", "1"], "initials at the start")
        // 曾 as a surname reads zēng, not céng.
        XCTAssertEqual(search.search("ZXH").map(\.id), ["3"])
        XCTAssertEqual(search.search("oynn").map(\.id), ["4"])
        XCTAssertEqual(search.search("wangxiao").map(\.id), ["1"], "whole pinyin")
    }

    func testGRP04_rosterSearchByLastFourDigits() {
        let search = RosterSearch(roster)
        XCTAssertEqual(search.search("1234").map(\.id), ["1", "3"], "not yet signed in first")
        XCTAssertEqual(search.search("3456").map(\.id), ["4"], "a landline's last four")
        XCTAssertEqual(search.search("56").map(\.id), ["2"], "the start of the last four")
        XCTAssertEqual(search.search("13900005678").map(\.id), ["2"], "a whole number")
    }

    func testGRP04_rosterSearchKeepsReadingsWhenSomeoneSignsIn() {
        var search = RosterSearch(roster)
        var signed = roster[0]
        signed.signedInAt = Date()
        search.update(signed)
        XCTAssertNotNil(search.search("wxm").first?.signedInAt)
        search.update(RosterEntry(id: "6", name: "陈大文", phone: "", isWalkIn: true))
        XCTAssertEqual(search.search("cdw").map(\.id), ["6"])
    }

    func testCONF02_personMaskHidesOtherPeoplesNamesAndPhones() {
        XCTAssertEqual(PersonMask.name("王小明"), "王*明")
        XCTAssertEqual(PersonMask.name("王明"), "王*")
        XCTAssertEqual(PersonMask.name("欧阳娜娜"), "欧**娜")
        XCTAssertEqual(PersonMask.name("王"), "*")
        XCTAssertEqual(PersonMask.phone("13800001234"), "****1234")
        XCTAssertEqual(PersonMask.phone("0769-22123456"), "****3456")
        XCTAssertEqual(PersonMask.phone("123"), "***")
        XCTAssertEqual(PersonMask.phone(""), "")
    }

    private func day(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }

    func testGRP04_rollCallAttendanceAndConsecutiveAbsences() {
        let sessions = (1...4).map { RollCallFacts.Session(id: "s\($0)", number: $0, heldOn: day("2026-04-0\($0)")) }
        let members = [
            RollCallFacts.Member(registrationID: "a", name: "甲", phone: "", isWalkIn: false, registeredOn: day("2026-03-01")),
            RollCallFacts.Member(registrationID: "b", name: "乙", phone: "", isWalkIn: false, registeredOn: day("2026-03-01")),
            RollCallFacts.Member(registrationID: "c", name: "丙", phone: "", isWalkIn: true, registeredOn: day("2026-04-03")),
        ]
        let signIns: [(sessionID: String, registrationID: String)] = [
            ("s1", "a"), ("s2", "a"), ("s3", "a"), ("s1", "b"), ("s4", "b"), ("s3", "c"), ("s3", "c"),
        ]
        let rollCall = RollCall(programmeID: "p", facts: RollCallFacts(sessions: sessions, members: members,
                                                                       signIns: signIns),
                                today: day("2026-04-04"), absenceFlag: 2)
        XCTAssertEqual(rollCall.sessions.map(\.attendance), [2, 1, 2, 1], "a sign-in counts once")
        let a = rollCall.members[0], b = rollCall.members[1], c = rollCall.members[2]
        XCTAssertEqual(a.marks, [.present, .present, .present, .absent])
        XCTAssertEqual(a.attendanceRate, 0.75)
        XCTAssertFalse(a.isFlagged)
        XCTAssertEqual(a.currentAbsenceRun, 1)
        XCTAssertEqual(b.longestAbsenceRun, 2)
        XCTAssertTrue(b.isFlagged, "absent from sessions 2 and 3 in a row")
        XCTAssertEqual(b.currentAbsenceRun, 0)
        XCTAssertEqual(c.marks, [.notCounted, .notCounted, .present, .absent], "not absent before registering")
        XCTAssertEqual(c.attendanceRate, 0.5)
        let early = RollCall(programmeID: "p", facts: RollCallFacts(sessions: sessions, members: members, signIns: []),
                             today: day("2026-03-30"), absenceFlag: 2)
        XCTAssertNil(early.members[0].attendanceRate, "no session held yet")
        XCTAssertEqual(early.flaggedMembers.count, 0)
    }

    func testCSVGuardsFormulasQuotesAndWritesABOMWithCRLF() {
        var csv = CSVDocument(header: ["姓名", "电话"])
        csv.append(["=1+1", "+8613800001234"])
        csv.append(["-2", "@SUM(A1)"])
        csv.append(["\tx", "a,\"b\"\nc"])
        csv.append(["\r\n=x", "王小明"])
        XCTAssertEqual(Array(csv.data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let lines = csv.text.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "姓名,电话")
        XCTAssertEqual(lines[1], "'=1+1,'+8613800001234")
        XCTAssertEqual(lines[2], "'-2,'@SUM(A1)")
        XCTAssertEqual(CSVDocument.field("\tx"), "'\tx")
        XCTAssertEqual(CSVDocument.field("a,\"b\"\nc"), "\"a,\"\"b\"\"\nc\"")
        XCTAssertEqual(CSVDocument.field("\r\n=x"), "\"'\r\n=x\"")
        XCTAssertTrue(csv.text.hasSuffix("王小明\r\n"))
    }

    private func batch(version: Int = StationFormat.currentVersion) -> SignInBatch {
        SignInBatch(formatVersion: version, batchID: "b", officeID: "o", stationID: "st", sessionID: "s",
                    bundleID: "bu", exportedAt: Date(timeIntervalSince1970: 1_772_413_200.5),
                    walkIns: [StationWalkIn(registrationID: "w", name: "陈大文", phone: "", gender: .male,
                                            ageGroup: .senior, registeredAt: Date(timeIntervalSince1970: 1_772_413_200))],
                    signIns: [StationSignIn(id: "i", registrationID: "w", signedAt: Date(timeIntervalSince1970: 1_772_413_200),
                                            signature: SignatureStrokes(width: 300, height: 100,
                                                                        strokes: [[SignaturePoint(x: 1, y: 2)]]))])
    }

    func testTheBatchFormatIsVersionedAndRoundTrips() throws {
        let original = batch()
        let json = try original.encoded()
        XCTAssertEqual(try StationFormat.declaredVersion(of: json, field: "Sign-in batch"), 1)
        XCTAssertEqual(try SignInBatch(decoding: json), original)
        XCTAssertThrowsError(try SignInBatch(decoding: batch(version: 2).encoded())) { error in
            XCTAssertTrue("\(error)".contains("format version 2"), "\(error)")
        }
        XCTAssertThrowsError(try SignInBatch(decoding: Data("{\"formatVersion\":1}".utf8))) { error in
            XCTAssertTrue("\(error)".contains("damaged"), "\(error)")
        }
        XCTAssertThrowsError(try SignInBatch(decoding: Data("not json".utf8)))
    }

    func testSignatureStrokesAreCompact() throws {
        let strokes = SignatureStrokes(width: 320.4, height: 120, strokes: [[SignaturePoint(x: 1.4, y: 2.6),
                                                                             SignaturePoint(x: 3, y: 4)], []])
        XCTAssertEqual(strokes.jsonText, "{\"h\":120,\"s\":[[1,3,3,4],[]],\"w\":320}")
        XCTAssertEqual(try SignatureStrokes(jsonText: strokes.jsonText).strokes[0][0], SignaturePoint(x: 1, y: 3))
        XCTAssertThrowsError(try SignatureStrokes(jsonText: "{\"h\":1,\"w\":1,\"s\":[[1]]}"))
    }
}
