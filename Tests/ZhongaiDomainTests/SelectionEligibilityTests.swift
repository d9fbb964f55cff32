import XCTest
@testable import ZhongaiDomain

/// SEL-01: the conditions of 督导助理 and 见习督导 with their clauses, and 破格选拔 on any 3 of 4. SEL-04 dates, ROLE-02.
final class SelectionEligibilityTests: XCTestCase {
    var policy: Policy!
    let day = try! CalendarDate(year: 2026, month: 3, day: 2)

    override func setUpWithError() throws {
        policy = try CaseDeadlinesTests.policy()
    }

    private func form(education: EducationLevel = .bachelor, field: StudyField = .socialWork,
                      qualification: SocialWorkQualification = .assistantSocialWorker,
                      days: [Int] = [250, 245, 260], assessment: AnnualAssessment = .competent,
                      papers: Int = 0, elsewhere: Int? = nil) -> RegistrationForm {
        RegistrationForm(education: education, studyField: field, qualification: qualification,
                         continuingEducationMet: true, registrationValidUntil: try! CalendarDate(year: 2027, month: 1, day: 1),
                         serviceYears: days.enumerated().map {
                             ServiceYear(year: 2025 - $0.offset, daysWorked: $0.element, assessment: assessment)
                         }, supervisorElsewhereYears: elsewhere, papersPublished: papers)
    }

    func testSEL01_assistantSupervisorConditionsWithClauses() {
        let ok = Eligibility(target: .assistantSupervisor, form: form(days: [240]), currentRole: .frontline, on: day,
                             policy: policy)
        XCTAssertEqual(ok.route, .regular)
        XCTAssertEqual(ok.conditions.map(\.clause).first, "第三章 一(二)1")
        let notEnough = Eligibility(target: .assistantSupervisor, form: form(days: [239]), currentRole: .frontline,
                                    on: day, policy: policy)
        XCTAssertEqual(notEnough.route, .notEligible)
        XCTAssertEqual(notEnough.failedConditions.map(\.title), ["Years of service"])
    }

    func testSEL01_excusedDaysCountTowardThe240() {
        var f = form(days: [200])
        f.serviceYears[0].daysExcused = 40
        XCTAssertEqual(Eligibility(target: .assistantSupervisor, form: f, currentRole: .frontline, on: day,
                                   policy: policy).route, .regular)
    }

    func testSEL01_relatedFieldNeedsABachelorSocialWorkAJuniorCollege() {
        XCTAssertEqual(Eligibility(target: .assistantSupervisor, form: form(education: .juniorCollege, field: .related),
                                   currentRole: .frontline, on: day, policy: policy).route, .notEligible)
        XCTAssertEqual(Eligibility(target: .assistantSupervisor, form: form(education: .juniorCollege),
                                   currentRole: .frontline, on: day, policy: policy).route, .regular)
    }

    func testSEL01_lastAppraisalMustBeCompetent() {
        let e = Eligibility(target: .assistantSupervisor, form: form(assessment: .unsatisfactory),
                            currentRole: .frontline, on: day, policy: policy)
        XCTAssertEqual(e.route, .notEligible)
        XCTAssertEqual(e.failedConditions.first?.detail.description, "2025: Unsatisfactory")
    }

    func testSEL01_traineeComesFromAssistantSupervisors() {
        XCTAssertEqual(Eligibility(target: .traineeSupervisor, form: form(), currentRole: .assistantSupervisor,
                                   on: day, policy: policy).route, .regular)
        let frontline = Eligibility(target: .traineeSupervisor, form: form(), currentRole: .frontline, on: day,
                                    policy: policy)
        XCTAssertEqual(frontline.route, .notEligible)
        XCTAssertEqual(frontline.exceptionalConditions.count, 4)
    }

    func testSEL01_exceptionalRouteNeedsThreeOfFour() {
        let three = form(education: .master, qualification: .socialWorker, papers: 2)
        XCTAssertEqual(Eligibility(target: .traineeSupervisor, form: three, currentRole: .frontline, on: day,
                                   policy: policy).route, .exceptional)
        let two = form(education: .master, qualification: .socialWorker, papers: 1)
        let e = Eligibility(target: .traineeSupervisor, form: two, currentRole: .frontline, on: day, policy: policy)
        XCTAssertEqual(e.route, .notEligible)
        XCTAssertEqual(e.failedConditions.map(\.clause), ["督导制度 第四章 二", "第三章 二(二)(3)", "第三章 二(二)(4)"])
        // The basic conditions still hold on the exceptional route: three years of service.
        let short = form(education: .master, qualification: .socialWorker, days: [300, 300], papers: 2, elsewhere: 2)
        XCTAssertEqual(Eligibility(target: .traineeSupervisor, form: short, currentRole: .frontline, on: day,
                                   policy: policy).route, .notEligible)
    }

    func testSEL01_formThatCannotBeTrueIsRefused() {
        var f = form()
        f.serviceYears.append(ServiceYear(year: 2025, daysWorked: 10))
        XCTAssertThrowsError(try f.validate())
        XCTAssertThrowsError(try RegistrationForm(education: .bachelor, studyField: .socialWork,
                                                  qualification: .none, continuingEducationMet: true,
                                                  registrationValidUntil: nil,
                                                  serviceYears: [ServiceYear(year: 2025, daysWorked: 366)]).validate())
    }

    func testSEL04_publicityDatesAndStages() throws {
        let round = SelectionRound(id: "r", title: "2026年督导助理选拔", target: .assistantSupervisor, openedOn: day,
                                   writtenTestOn: nil, interviewOn: nil, panel: [],
                                   candidatesPublishedOn: try CalendarDate(parsing: "2026-03-10"),
                                   resultsPublishedOn: try CalendarDate(parsing: "2026-04-01"), openedBy: "LF")
        XCTAssertEqual(round.candidatePublicityLastDay(policy: policy)?.description, "2026-03-16")
        XCTAssertEqual(round.resultPublicityLastDay(policy: policy)?.description, "2026-04-14")
        XCTAssertEqual(round.stage(on: try CalendarDate(parsing: "2026-03-16"), policy: policy), .candidatePublicity)
        XCTAssertEqual(round.stage(on: try CalendarDate(parsing: "2026-03-17"), policy: policy), .scoring)
        XCTAssertEqual(round.stage(on: try CalendarDate(parsing: "2026-04-14"), policy: policy), .resultPublicity)
        XCTAssertEqual(round.stage(on: try CalendarDate(parsing: "2026-04-15"), policy: policy), .concluded)
        XCTAssertEqual(round.deadlines(policy: policy).map(\.title),
                       ["Candidate list on notice until", "Results on notice until"])
    }

    func testROLE02_promotionPastTheRatioWarnsWithTheNumbers() {
        // 25 frontline workers and one 督导助理: after the promotion 24 support two.
        let roles = Array(repeating: Role.frontline, count: 25) + [.assistantSupervisor]
        let check = StaffingRatioCheck(roles: roles, promoting: .frontline, to: .assistantSupervisor, policy: policy)
        XCTAssertEqual(check.warnings, [])
        let fewer = Array(repeating: Role.frontline, count: 13) + [.assistantSupervisor]
        let over = StaffingRatioCheck(roles: fewer, promoting: .frontline, to: .assistantSupervisor, policy: policy)
        XCTAssertEqual(over.warnings.map(\.description),
                       ["2 assistant supervisors for 12 frontline workers: ROLE-02 provides one per 12, so 1"])
        let trainee = StaffingRatioCheck(roles: Array(repeating: .frontline, count: 12)
                                             + [.assistantSupervisor, .assistantSupervisor, .traineeSupervisor],
                                         promoting: .assistantSupervisor, to: .traineeSupervisor, policy: policy)
        XCTAssertEqual(trainee.warnings.map(\.description),
                       ["2 trainee supervisors for 1 assistant supervisors: ROLE-02 provides one per 2, so 1"])
    }
}
