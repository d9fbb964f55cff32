import XCTest
import ZhongaiDomain

/// Rule IND-01: what the volunteer and publicity records count is checked before it is counted.
final class VolunteerDraftTests: XCTestCase {
    let today = try! CalendarDate(year: 2026, month: 3, day: 2)

    func assertRefused(_ field: String, rule: String? = "IND-01", file: StaticString = #filePath, line: UInt = #line,
                       _ body: () throws -> Void) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            let refusal = error as? ValidationError
            XCTAssertEqual(refusal?.field, field, "\(error)", file: file, line: line)
            XCTAssertEqual(refusal?.rule, rule, "\(error)", file: file, line: line)
        }
    }

    func testIND01_volunteerIsTrimmedWithItsPhoneInOneForm() throws {
        let valid = try VolunteerDraft(name: " 陈美华 ", phone: "138 0013 8000", birthYear: 1990, skills: " 手工 ",
                                       joinedOn: today, recruitedBy: " wm ").validated(today: today)
        XCTAssertEqual(valid.name, "陈美华")
        XCTAssertEqual(valid.phone, "13800138000")
        XCTAssertEqual(valid.skills, "手工")
        XCTAssertEqual(valid.recruitedBy, "WM")
    }

    func testIND01_volunteerRefusals() {
        assertRefused("Name") { _ = try VolunteerDraft(name: "  ", joinedOn: today).validated(today: today) }
        assertRefused("Joined on") {
            _ = try VolunteerDraft(name: "陈美华", joinedOn: today.adding(days: 1)).validated(today: today)
        }
        assertRefused("Birth year", rule: nil) {
            _ = try VolunteerDraft(name: "陈美华", birthYear: 2027, joinedOn: today).validated(today: today)
        }
        assertRefused("Phone", rule: nil) {
            _ = try VolunteerDraft(name: "陈美华", phone: "12345", joinedOn: today).validated(today: today)
        }
    }

    func testIND01_trainingInTheFutureWithoutTitleOrAttendeeIsRefused() {
        let training = VolunteerTrainingDraft(heldOn: today, title: "急救常识", minutes: 90, attendeeIDs: ["a"])
        XCTAssertNoThrow(try training.validated(today: today))
        var bad = training
        bad.heldOn = today.adding(days: 1)
        assertRefused("Training date") { _ = try bad.validated(today: today) }
        bad = training
        bad.title = " "
        assertRefused("Title") { _ = try bad.validated(today: today) }
        bad = training
        bad.attendeeIDs = [" "]
        assertRefused("Attendees") { _ = try bad.validated(today: today) }
        bad = training
        bad.minutes = 0
        assertRefused("Minutes") { _ = try bad.validated(today: today) }
    }

    func testIND01_serviceNeedsAVolunteerAndHoursAboveZero() throws {
        let service = VolunteerServiceDraft(servedOn: today, hours: 2.5, volunteerIDs: ["a", "b", "a"],
                                            activity: "长者探访陪同")
        XCTAssertEqual(try service.validated(today: today).volunteerIDs, ["a", "b"], "each volunteer counts once")
        var bad = service
        bad.volunteerIDs = []
        assertRefused("Volunteers served") { _ = try bad.validated(today: today) }
        for hours in [0, -1, 24.5, Double.nan] {
            bad = service
            bad.hours = hours
            assertRefused("Hours") { _ = try bad.validated(today: today) }
        }
        bad = service
        bad.servedOn = today.adding(days: 1)
        assertRefused("Service date") { _ = try bad.validated(today: today) }
        bad = service
        bad.activity = ""
        assertRefused("Activity") { _ = try bad.validated(today: today) }
    }

    func testIND01_outreachAndNewsletterRefusals() {
        let outreach = OutreachDraft(heldOn: today, place: "南社村文化广场", theme: "防诈骗宣传", peopleReached: 60)
        XCTAssertNoThrow(try outreach.validated(today: today))
        var bad = outreach
        bad.peopleReached = 0
        assertRefused("People reached") { _ = try bad.validated(today: today) }
        bad = outreach
        bad.theme = ""
        assertRefused("Theme") { _ = try bad.validated(today: today) }

        let newsletter = NewsletterDraft(issue: "2026年第3期", title: "茶山社工服务简报", publishedOn: today)
        XCTAssertNoThrow(try newsletter.validated(today: today))
        var noTitle = newsletter
        noTitle.title = "  "
        assertRefused("Title") { _ = try noTitle.validated(today: today) }
        var future = newsletter
        future.publishedOn = today.adding(days: 3)
        assertRefused("Published on") { _ = try future.validated(today: today) }
    }

    func testIND01_yearCountsReadTheTallyOfOneWorker() {
        var tally = IndicatorTally()
        tally.add(worker: "WM", indicator: .volunteerServices, month: 3, count: 4)
        tally.add(worker: "WM", indicator: .volunteerServices, month: 5, count: 2)
        tally.add(worker: "LXT", indicator: .outreach, month: 1)
        let counts = VolunteerYearCounts(workerCode: "WM", year: 2026, tally: tally)
        XCTAssertEqual(counts.total(.volunteerServices), 6)
        XCTAssertEqual(counts.monthly[.volunteerServices]?[2], 4)
        XCTAssertEqual(counts.total(.outreach), 0)
        XCTAssertEqual(VolunteerYearCounts.unit(.volunteerServices), "人次")
    }
}
