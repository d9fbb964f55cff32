import XCTest
import ZhongaiDomain

/// The rules of an opinion or complaint in the domain (CMP-01..03, FB-01), without a database.
final class ComplaintRulesTests: XCTestCase {
    private let today = try! CalendarDate(parsing: "2026-03-02")

    private func policy(replyDays: Double = 2) throws -> Policy {
        try Policy(entries: PolicyKey.allCases.map { key in
            PolicyEntry(key: key, value: key == .complaintReplyDays ? replyDays : 7, unit: key.unit, clause: "c")
        })
    }

    private func draft(source: ComplaintSource? = .government, channel: ComplaintChannel? = .letter,
                       kind: ComplaintKind = .opinion, isCharge: Bool = false) -> ComplaintDraft {
        ComplaintDraft(kind: kind, source: source, channel: channel, receivedOn: today, complainantName: "  ",
                       content: " 希望增加周末活动 ", isCharge: isCharge, handlerCode: " hr ")
    }

    private func complaint(receivedOn: String, reply: String? = nil) throws -> Complaint {
        let received = try CalendarDate(parsing: receivedOn)
        return Complaint(id: "x", kind: .complaint, source: .serviceUser, channel: .phone, receivedOn: received,
                         complainantName: nil, complainantContact: nil, content: "c", about: nil, isCharge: false,
                         handlerCode: "WM", handlerName: "王明", servicePointID: nil, recordedBy: "WM",
                         replyDueOn: Complaint.replyDue(receivedOn: received, policy: try policy()),
                         reply: try reply.map { ComplaintReply(result: "r", repliedOn: try CalendarDate(parsing: $0),
                                                                repliedBy: "WM") },
                         followUps: [], closedOn: nil, closedBy: nil)
    }

    func testCMP01_sourceAndChannelAreRequired_andTheDraftIsTrimmed() throws {
        XCTAssertThrowsError(try draft(source: nil).validated(today: today)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Source")
            XCTAssertEqual((error as? ValidationError)?.rule, "CMP-01")
        }
        XCTAssertThrowsError(try draft(channel: nil).validated(today: today)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Channel")
        }
        let valid = try draft().validated(today: today)
        XCTAssertEqual(valid.content, "希望增加周末活动")
        XCTAssertNil(valid.complainantName)
        XCTAssertEqual(valid.handlerCode, "HR")
    }

    func testCMP01_FB01_sourcesAndChannelsReadTheirChineseNames() {
        XCTAssertEqual(ComplaintSource(text: "用人单位"), .employer)
        XCTAssertEqual(ComplaintSource(text: "otherStakeholder"), .otherStakeholder)
        XCTAssertEqual(ComplaintSource.allCases.count, 7)
        XCTAssertEqual(ComplaintChannel(text: "意见箱"), .suggestionBox)
        // FB-01: during service, after service (scale, interview), the phone follow-up, the 服务评估表.
        XCTAssertEqual(ComplaintChannel(text: "服务评估表"), .evaluationForm)
        XCTAssertTrue([.duringService, .afterService, .phone, .evaluationForm].allSatisfy(ComplaintChannel.allCases.contains))
        XCTAssertNil(ComplaintChannel(text: "飞鸽"))
    }

    func testCMP03_aChargeIsAlwaysAComplaint() throws {
        XCTAssertEqual(try draft(kind: .opinion, isCharge: true).validated(today: today).kind, .complaint)
        XCTAssertEqual(try draft(kind: .opinion).validated(today: today).kind, .opinion)
    }

    func testCMP02_theReplyIsDueThePolicysDaysAfterReceipt_andLateAfterThat() throws {
        XCTAssertEqual(Complaint.replyDue(receivedOn: today, policy: try policy()).description, "2026-03-04")
        XCTAssertEqual(Complaint.replyDue(receivedOn: today, policy: try policy(replyDays: 5)).description, "2026-03-07")
        XCTAssertFalse(try complaint(receivedOn: "2026-02-28").isLate(today: today), "due on 03-02: not yet late")
        XCTAssertTrue(try complaint(receivedOn: "2026-02-27").isLate(today: today))
        XCTAssertFalse(try complaint(receivedOn: "2026-02-20", reply: "2026-02-22").isLate(today: today))
        XCTAssertTrue(try complaint(receivedOn: "2026-02-20", reply: "2026-02-23").isLate(today: today))
    }

    func testCMP02_aReplyBeforeTheComplaintOrTwiceIsRefused() throws {
        let open = try complaint(receivedOn: "2026-03-01")
        XCTAssertThrowsError(try open.validateReply(result: "r", on: try CalendarDate(parsing: "2026-02-28"),
                                                    today: today)) { error in
            XCTAssertEqual((error as? ValidationError)?.field, "Replied on")
            XCTAssertEqual((error as? ValidationError)?.rule, "CMP-02")
        }
        XCTAssertEqual(try open.validateReply(result: " 已回复 ", on: today, today: today), "已回复")
        let replied = try complaint(receivedOn: "2026-03-01", reply: "2026-03-02")
        XCTAssertThrowsError(try replied.validateReply(result: "r", on: today, today: today))
        XCTAssertThrowsError(try open.validateClosing(on: today), "closing needs the reply")
        XCTAssertNoThrow(try replied.validateClosing(on: today))
        XCTAssertEqual(replied.state, .replied)
    }
}
