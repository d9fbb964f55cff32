/// The deadlines of one case, from its facts, the policy table and the working-day calendar: pure, so the case
/// window, the case list and the due board all show the same thing. Rules INTAKE-04, CASE-05, CASE-06, CASE-07,
/// CASE-09, CASE-10.
public struct CaseDeadlines: Sendable {
    public let policy: Policy
    public let calendar: WorkingDayCalendar
    /// A deadline due within this many days counts as due soon. A display window, not a number of the rule book.
    public let dueSoonDays: Int

    public init(policy: Policy, calendar: WorkingDayCalendar, dueSoonDays: Int? = nil) {
        self.policy = policy
        self.calendar = calendar
        self.dueSoonDays = dueSoonDays ?? policy.deadlineDueSoonDays
    }

    /// The deadlines that apply, in due order (unknown ones last). Once a case has ended, a deadline still unmet
    /// and due after the end no longer applies.
    public func deadlines(for facts: CaseDeadlineFacts, today: CalendarDate) -> [CaseDeadline] {
        let all = [intakeRecord(facts), secondContact(facts), assessmentReport(facts), stageReview(facts),
                   closingEvaluation(facts), planLeadTime(facts)].compactMap { $0 }
        return all
            .filter { item in
                guard let endedOn = facts.endedOn, item.metOn == nil else { return true }
                return item.dueOn.map { $0 <= endedOn } ?? false
            }
            .map { finish($0, today: today) }
            .sorted { ($0.dueOn?.dayNumber ?? Int.max, $0.rule) < ($1.dueOn?.dayNumber ?? Int.max, $1.rule) }
    }

    /// The first deadline not met, for lists.
    public func next(for facts: CaseDeadlineFacts, today: CalendarDate) -> CaseDeadline? {
        deadlines(for: facts, today: today).first { $0.status != .met }
    }

    // Rule INTAKE-04: the intake record the same day as the contact (policy: 0 days after).
    private func intakeRecord(_ f: CaseDeadlineFacts) -> CaseDeadline? {
        guard let contact = f.intakeContactOn else { return nil }
        return pending("INTAKE-04", N_("Intake record written"), contact.adding(days: policy.intakeRecordDueDays),
                       metOn: f.intakeRecordedOn)
    }

    // Rule CASE-06: the second contact within 7 working days of opening, on the published holiday calendar.
    private func secondContact(_ f: CaseDeadlineFacts) -> CaseDeadline? {
        let title = N_("Second contact after opening")
        // The policy value is validated as not negative, so adding cannot throw.
        guard let result = try? calendar.addingWorkingDays(policy.caseSecondContactWorkingDays, to: f.openedOn) else {
            return nil
        }
        guard !result.isProvisional else {
            return CaseDeadline(rule: "CASE-06", title: title, dueOn: nil, metOn: f.firstServiceOn, status: .unknown,
                                unpublishedYears: result.assumedWeekendsOnlyYears)
        }
        return pending("CASE-06", title, result.value, metOn: f.firstServiceOn)
    }

    // Rule CASE-07
    private func assessmentReport(_ f: CaseDeadlineFacts) -> CaseDeadline {
        pending("CASE-07", N_("Assessment report"), f.openedOn.adding(months: policy.caseAssessmentReportMonths),
                metOn: f.assessmentReportOn)
    }

    // Rule CASE-09
    private func stageReview(_ f: CaseDeadlineFacts) -> CaseDeadline {
        pending("CASE-09", N_("Stage development review"), f.openedOn.adding(months: policy.caseStageReviewMonths),
                metOn: f.stageReviewOn)
    }

    // Rule CASE-10: from the day the problem is judged solved.
    private func closingEvaluation(_ f: CaseDeadlineFacts) -> CaseDeadline? {
        guard let solved = f.problemSolvedOn else { return nil }
        return pending("CASE-10", N_("Closing evaluation"), solved.adding(months: policy.caseClosingEvaluationMonths),
                       metOn: f.closingEvaluationOn)
    }

    // Rule CASE-05: the plan goes for approval at least the policy's days before the service starts.
    private func planLeadTime(_ f: CaseDeadlineFacts) -> CaseDeadline? {
        guard let start = f.planServiceStartsOn else { return nil }
        return pending("CASE-05", N_("Plan submitted for approval"), start.adding(days: -policy.casePlanLeadTimeDays),
                       metOn: f.planSubmittedOn)
    }

    private func pending(_ rule: String, _ title: String, _ due: CalendarDate, metOn: CalendarDate?) -> CaseDeadline {
        CaseDeadline(rule: rule, title: title, dueOn: due, metOn: metOn, status: .upcoming)
    }

    private func finish(_ item: CaseDeadline, today: CalendarDate) -> CaseDeadline {
        var item = item
        if item.metOn != nil {
            item.status = .met
        } else if let due = item.dueOn {
            if due < today {
                item.status = .overdue
            } else if due.dayNumber - today.dayNumber <= dueSoonDays {
                item.status = .dueSoon
            } else {
                item.status = .upcoming
            }
        } else {
            item.status = .unknown
        }
        return item
    }
}
