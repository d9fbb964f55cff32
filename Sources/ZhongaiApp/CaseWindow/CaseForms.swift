import ZhongaiDomain
import ZhongaiGtk

/// The content pages of the case window (CASE-13): assessment, plan, evaluation and closing, each filled from the
/// record and read back into its domain value for one save.
final class CaseForms {
    private let text: [String: TextView]
    private let entry: [String: Entry]
    private let closingReason: DropDown
    private let outcomeForm: CheckButton

    init(builder: Builder) {
        let textIDs = ["problem", "causes", "degree", "history", "strengths", "weaknesses", "family", "environment",
                       "report", "assessment_notes", "goals", "focus", "direct", "indirect", "collaborators", "roles",
                       "timetable", "agreement", "plan_notes", "scales", "interviews", "evaluation_form_result",
                       "evaluation_notes", "feedback", "follow_up", "closing_report", "closing_notes"]
        text = Dictionary(uniqueKeysWithValues: textIDs.map { ($0, builder.get(TextView.self, $0 + "_text")) })
        let entryIDs = ["report_date", "service_start", "evaluation_form_date", "closing_evaluation_date",
                        "problem_solved", "stage_review"]
        entry = Dictionary(uniqueKeysWithValues: entryIDs.map { ($0, builder.get(Entry.self, $0 + "_entry")) })
        closingReason = builder.get(DropDown.self, "closing_reason_dropdown")
        outcomeForm = builder.get(CheckButton.self, "outcome_form_check")
        for date in entry.values { date.tooltip = tr("YYYY-MM-DD") }
        text["goals"]!.tooltip = tr("One goal per line: the goal, a vertical bar, its measurable target")
    }

    func closingReasons(_ titles: [String]) { closingReason.setItems(titles) }

    func fill(_ d: CaseFileDetail) {
        let a = d.assessment ?? AssessmentContent()
        set(["problem": a.problem, "causes": a.causes, "degree": a.degree, "history": a.history,
             "strengths": a.strengths, "weaknesses": a.weaknesses, "family": a.familySystem,
             "environment": a.environmentSystem, "report": a.reportText, "assessment_notes": a.notes])
        entry["report_date"]!.text = a.reportDate?.description ?? ""
        let p = d.plan ?? PlanContent()
        set(["goals": p.goals.map { "\($0.title) | \($0.measurableTarget)" }.joined(separator: "\n"),
             "focus": p.focus, "direct": p.directStrategies, "indirect": p.indirectStrategies,
             "collaborators": p.collaborators, "roles": p.roles, "timetable": p.timetable,
             "agreement": p.serviceAgreement, "plan_notes": p.notes])
        entry["service_start"]!.text = p.serviceStartsOn?.description ?? ""
        let e = d.evaluation ?? EvaluationContent()
        set(["scales": e.scalesUsed, "interviews": e.interviews, "evaluation_form_result": e.serviceEvaluationFormResult,
             "evaluation_notes": e.notes])
        entry["evaluation_form_date"]!.text = e.serviceEvaluationFormOn?.description ?? ""
        entry["closing_evaluation_date"]!.text = e.closingEvaluationOn?.description ?? ""
        entry["problem_solved"]!.text = d.caseFile.problemSolvedOn?.description ?? ""
        entry["stage_review"]!.text = d.caseFile.stageReviewOn?.description ?? ""
        if let c = d.closing {
            closingReason.selectedIndex = ClosingReason.allCases.firstIndex(of: c.reason)
            outcomeForm.isActive = c.outcomeFormCompleted
            set(["feedback": c.clientFeedback, "follow_up": c.followUp, "closing_report": c.report,
                 "closing_notes": c.notes])
        }
    }

    func assessment() throws -> AssessmentContent {
        AssessmentContent(problem: t("problem"), causes: t("causes"), degree: t("degree"), history: t("history"),
                          strengths: t("strengths"), weaknesses: t("weaknesses"), familySystem: t("family"),
                          environmentSystem: t("environment"), reportText: t("report"),
                          reportDate: try date("report_date", field: N_("Report date")), notes: t("assessment_notes"))
    }

    func plan() throws -> PlanContent {
        var goals: [PlanGoal] = []
        for (index, line) in t("goals").split(separator: "\n").enumerated() {
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard !parts.allSatisfy(\.isEmpty) else { continue }
            guard parts.count == 2 else {
                throw ValidationError(field: N_("Goals"), N_("write the goal, a vertical bar “|”, then its measurable target"),
                                      rule: "CASE-13", line: index + 1)
            }
            goals.append(PlanGoal(title: parts[0], measurableTarget: parts[1]))
        }
        return PlanContent(goals: goals, focus: t("focus"), directStrategies: t("direct"),
                           indirectStrategies: t("indirect"), collaborators: t("collaborators"), roles: t("roles"),
                           timetable: t("timetable"), serviceAgreement: t("agreement"),
                           serviceStartsOn: try date("service_start", field: N_("Service starts on")),
                           notes: t("plan_notes"))
    }

    func evaluation() throws -> EvaluationContent {
        EvaluationContent(
            scalesUsed: t("scales"), interviews: t("interviews"),
            serviceEvaluationFormOn: try date("evaluation_form_date", field: N_("Service evaluation form")),
            serviceEvaluationFormResult: t("evaluation_form_result"),
            closingEvaluationOn: try date("closing_evaluation_date", field: N_("Closing evaluation")),
            notes: t("evaluation_notes"))
    }

    /// The days the problem was judged solved (CASE-10) and the stage review was done (CASE-09).
    func milestones() throws -> (CalendarDate?, CalendarDate?) {
        (try date("problem_solved", field: N_("Problem judged solved on")),
         try date("stage_review", field: N_("Stage development review")))
    }

    func closing() throws -> ClosingContent {
        // Rule CASE-12: no default reason is chosen for the worker.
        guard let index = closingReason.selectedIndex else {
            throw ValidationError(field: N_("Reason for ending"), N_("choose one"), rule: "CASE-12")
        }
        return ClosingContent(reason: ClosingReason.allCases[index], clientFeedback: t("feedback"),
                              outcomeFormCompleted: outcomeForm.isActive, followUp: t("follow_up"),
                              report: t("closing_report"), notes: t("closing_notes"))
    }

    private func t(_ id: String) -> String { text[id]!.text }

    private func set(_ values: [String: String]) {
        for (id, value) in values { text[id]!.text = value }
    }

    private func date(_ id: String, field: String) throws -> CalendarDate? {
        let value = entry[id]!.text.trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : try CalendarDate(parsing: value, field: field)
    }
}
