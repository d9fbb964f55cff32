import ZhongaiDomain
import ZhongaiGtk
import ZhongaiStore

/// The plan page's commands: save, submit, approve or return the 计划书 (GRP-02) with the lead time of C1, and the
/// outing safety record (GRP-10).
extension ProgrammeWindow {
    func savePlan() { change(tr("The plan is saved.")) { try database.savePlan(try planForm.plan(), for: programmeID, as: session) } }

    func submitPlan() { change(tr("The plan is with the supervisor.")) { try database.submitPlan(programmeID: programmeID, as: session) } }

    /// Rule C1: the approval is refused below the working-day minimum; below two weeks it goes through with the
    /// warning, which stays on screen.
    func approvePlan() {
        let warning = (try? leadTimeIfApprovedToday())?.warning
        change(warning.map { tr("The plan is approved, with a warning:") + " " + $0.localized(tr) } ?? tr("The plan is approved.")) {
            try database.approvePlan(programmeID: programmeID, comment: planForm.comment.text, as: session)
            planForm.comment.text = ""
        }
    }

    func returnPlan() {
        change(tr("The plan is returned to its holder.")) {
            try database.returnPlan(programmeID: programmeID, comment: planForm.comment.text, as: session)
            planForm.comment.text = ""
        }
    }

    func saveOuting() {
        change(tr("The outing safety record is saved.")) {
            try database.recordOutingSafety(try planForm.outing(), for: programmeID, as: session)
        }
    }

    /// Rule C1: what approving today would mean for the lead time before the first session.
    func leadTimeIfApprovedToday() throws -> PlanLeadTime? {
        guard let detail else { return nil }
        return try PlanLeadTime.check(approvedOn: CalendarDate.today(), firstDay: detail.firstDay,
                                      calendar: WorkingDayCalendar(schedule: try database.holidaySchedule()),
                                      policy: try database.policy())
    }

    /// The plan's standing: its stage, the C1 lead time if approved today (both clauses), and its review history.
    func planStatusText(_ d: ProgrammeDetail) -> String {
        var lines: [String] = []
        if d.programme.stage <= .planSubmitted {
            do {
                if let lead = try leadTimeIfApprovedToday() {
                    lines.append(trf("C1: approved today, the first session on %@ is %@ working days (%@ days) ahead.",
                                     d.firstDay.description, String(lead.workingDays), String(lead.calendarDays)))
                    if let warning = lead.warning { lines.append(tr("Warning:") + " " + warning.localized(tr)) }
                }
            } catch {
                lines.append(tr("Approval now would be refused:") + " " + errorText(error))
            }
            lines.append(tr("C1 clauses: “at least five days ahead” and “5 working days ahead” (执行要求, 指引 2) against “two weeks ahead” (服务跟踪制度 二.1); refused below 5 working days, warned below two weeks."))
        }
        for review in d.reviews where review.document == .plan {
            var line = "\(review.recordedOn) \(tr(review.event.title)) \(names(review.actorCode))"
            if !review.comment.isEmpty { line += "：\(review.comment)" }
            if !review.warning.isEmpty { line += "（\(review.warning)）" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
