import XCTest
@testable import ZhongaiDomain

final class CaseWorkflowTests: XCTestCase {
    private let today = try! CalendarDate(year: 2026, month: 3, day: 2)

    func testCASE01_sixStagesInOrder() {
        XCTAssertEqual(CaseStage.allCases, [.intake, .assessment, .planning, .intervention, .evaluation, .closing])
        XCTAssertEqual(CaseStage.intake.next, .assessment)
        XCTAssertEqual(CaseStage.evaluation.next, .closing)
        XCTAssertNil(CaseStage.closing.next)
        XCTAssertEqual(CaseStage.allCases.map(\.order), [1, 2, 3, 4, 5, 6])
        XCTAssertLessThan(CaseStage.planning, CaseStage.intervention)
    }

    func testCASE12_elevenReasons_andNoneRefused() throws {
        XCTAssertEqual(ClosingReason.allCases.count, 11)
        XCTAssertEqual(Set(ClosingReason.allCases.map(\.title)).count, 11)
        XCTAssertEqual(try ClosingReason(parsing: " goalsAchieved "), .goalsAchieved)
        for text in [nil, "", "  "] as [String?] {
            XCTAssertThrowsError(try ClosingReason(parsing: text)) { XCTAssertEqual(($0 as? ValidationError)?.rule, "CASE-12") }
        }
        XCTAssertThrowsError(try ClosingReason(parsing: "bored")) { XCTAssertEqual(($0 as? ValidationError)?.rule, "CASE-12") }
        XCTAssertEqual(ApprovalRequestKind.refer(agency: "东莞市康复医院", reason: .otherAgencyHasAuthority).ending,
                       .referred(agency: "东莞市康复医院", reason: .otherAgencyHasAuthority))
        XCTAssertNil(ApprovalRequestKind.advance(to: .assessment).ending)
    }

    func testINTAKE02_sourcesAndRoutes() {
        XCTAssertEqual(IntakeSource.allCases.count, 3)
        XCTAssertEqual(AccessRoute.allCases.count, 6)
    }

    private func intake(_ decision: IntakeDecision = .accept) -> IntakeDraft {
        IntakeDraft(clientID: " C1 ", contactDate: today, source: .referredByOthers, route: .referralByAgency,
                    reasonForHelp: " 照顾压力大 ", problemDefinition: "照顾者身心疲惫", priority: .high, decision: decision,
                    agreement: PreliminaryAgreement(form: .oral, roleExpectations: "每周面谈一次", expectedDuration: "三个月"))
    }

    func testINTAKE03_theIntakeRecordsReasonProblemDecisionAndAgreement() throws {
        let valid = try intake().validated(today: today)
        XCTAssertEqual(valid.clientID, "C1")
        XCTAssertEqual(valid.reasonForHelp, "照顾压力大")
        var draft = intake()
        draft.reasonForHelp = " "
        XCTAssertThrowsError(try draft.validated(today: today)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "INTAKE-03")
        }
        draft = intake()
        draft.agreement = nil
        XCTAssertThrowsError(try draft.validated(today: today)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Preliminary agreement")
        }
        draft = intake(.refer)
        XCTAssertThrowsError(try draft.validated(today: today)) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Referral agency")
        }
        draft.referralAgency = "东莞市精神卫生中心"
        XCTAssertEqual(try draft.validated(today: today).referralAgency, "东莞市精神卫生中心")
        draft = intake(.end)
        draft.agreement = nil
        draft.referralAgency = "ignored"
        XCTAssertNil(try draft.validated(today: today).referralAgency)
        draft.contactDate = today.adding(days: 1)
        XCTAssertThrowsError(try draft.validated(today: today))
    }

    func testCASE13_stageContentsAreStructuredAndChecked() throws {
        XCTAssertThrowsError(try PlanContent().validated()) { XCTAssertEqual(($0 as? ValidationError)?.rule, "CASE-13") }
        let goal = PlanGoal(title: "减轻照顾压力", measurableTarget: "压力量表分数下降 20%")
        XCTAssertThrowsError(try PlanContent(goals: [goal, goal]).validated())
        XCTAssertThrowsError(try PlanContent(goals: [PlanGoal(title: "x", measurableTarget: " ")]).validated())
        XCTAssertEqual(try PlanContent(goals: [goal], focus: " 照顾者 ").validated().focus, "照顾者")
        XCTAssertThrowsError(try AssessmentContent(problem: "").validated(today: today))
        XCTAssertThrowsError(try AssessmentContent(problem: "p", reportDate: today).validated(today: today)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "CASE-07")
        }
        XCTAssertThrowsError(try EvaluationContent(serviceEvaluationFormOn: today).validated(today: today)) {
            XCTAssertEqual(($0 as? ValidationError)?.rule, "CASE-11")
        }
        let record = ServiceRecordDraft(caseID: "c", servedOn: today, durationMinutes: 60, place: "家中",
                                        method: .homeVisit, content: "面谈",
                                        goalProgress: [GoalProgress(goal: "不在计划里", progress: "有进展")])
        XCTAssertThrowsError(try record.validated(today: today, goals: ["减轻照顾压力"])) {
            XCTAssertEqual(($0 as? ValidationError)?.field, "Progress")
        }
        var ok = record
        ok.goalProgress = [GoalProgress(goal: " 减轻照顾压力 ", progress: "学会两种放松方法")]
        XCTAssertEqual(try ok.validated(today: today, goals: ["减轻照顾压力"]).goalProgress.first?.goal, "减轻照顾压力")
        ok.durationMinutes = 0
        XCTAssertThrowsError(try ok.validated(today: today, goals: ["减轻照顾压力"]))
    }

    func testCASE02_aRejectionOrRevisionSaysWhy() throws {
        XCTAssertEqual(try ApprovalDecision.validatedComment("  ", for: .approved), "")
        for outcome in [ApprovalOutcome.rejected, .revisionRequested] {
            XCTAssertThrowsError(try ApprovalDecision.validatedComment(" ", for: outcome)) {
                XCTAssertEqual(($0 as? ValidationError)?.rule, "CASE-02")
            }
        }
        XCTAssertEqual(try ApprovalDecision.validatedComment(" 目标需可测量 ", for: .revisionRequested), "目标需可测量")
    }

    private func facts(state: CaseState = .open) -> CaseArchiveFacts {
        CaseArchiveFacts(hasServiceConsent: false, hasIntake: false, approvedStages: [], assessment: nil, plan: nil,
                         evaluation: nil, closing: nil, serviceRecordCount: 0, state: state, hasReferralRequest: false,
                         attachmentCount: 0)
    }

    func testCASE14_nineDocumentsInTheRuleBooksOrderWithTheirStatus() {
        XCTAssertEqual(ArchiveDocumentKind.allCases, [.consentForm, .intakeForm, .servicePlan, .serviceRecords,
                                                      .caseRecord, .closingReport, .serviceEvaluationForm,
                                                      .referralForm, .attachmentList])
        let empty = CaseArchiveChecklist.items(facts())
        XCTAssertEqual(empty.map(\.kind), ArchiveDocumentKind.allCases)
        XCTAssertEqual(empty.map(\.status), [.missing, .missing, .missing, .missing, .missing, .missing, .missing,
                                             .notApplicable, .notApplicable])
        XCTAssertFalse(CaseArchiveChecklist.isComplete(facts()))
        var full = facts(state: .closed)
        full.hasServiceConsent = true
        full.hasIntake = true
        full.approvedStages = [.assessment, .planning, .intervention, .evaluation, .closing]
        full.assessment = AssessmentContent(problem: "p", reportText: "r", reportDate: today)
        full.plan = PlanContent(goals: [PlanGoal(title: "g", measurableTarget: "t")])
        full.evaluation = EvaluationContent(serviceEvaluationFormOn: today, serviceEvaluationFormResult: "满意")
        full.closing = ClosingContent(reason: .goalsAchieved, report: "结案报告")
        full.serviceRecordCount = 3
        full.attachmentCount = 2
        XCTAssertEqual(CaseArchiveChecklist.items(full).map(\.status),
                       [.complete, .approved, .approved, .complete, .approved, .approved, .complete, .notApplicable,
                        .complete])
        XCTAssertTrue(CaseArchiveChecklist.isComplete(full))
        var drafts = full
        drafts.state = .open
        drafts.plan = PlanContent()
        drafts.closing = ClosingContent(reason: .goalsAchieved)
        drafts.approvedStages = []
        XCTAssertEqual(CaseArchiveChecklist.items(drafts)[2].status, .draft)
        XCTAssertEqual(CaseArchiveChecklist.items(drafts)[5].status, .draft)
        var referred = facts(state: .referred)
        referred.hasReferralRequest = true
        let items = CaseArchiveChecklist.items(referred)
        XCTAssertEqual(items[5].status, .notApplicable, "a referred case has no closing report")
        XCTAssertEqual(items[7].status, .approved)
    }
}
