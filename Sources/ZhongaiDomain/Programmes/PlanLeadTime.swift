/// Rule C1 (GRP-02): how long before the first session a plan is approved. The rule book says three things
/// ("至少提前五天", "提前5个工作日", "提前两周"); the default shipped blocks below 5 working days and warns below two
/// weeks, both numbers policy values (`plan.lead_time.*`).
public struct PlanLeadTime: Equatable, Sendable {
    /// Working days after the approval day up to and including the first session's day.
    public let workingDays: Int
    /// Calendar days from the approval day to the first session's day.
    public let calendarDays: Int
    /// Below the two weeks of 服务跟踪制度 二.1: accepted, with this warning (a msgid with its arguments).
    public let warning: ValidationError?

    /// The lead time of a plan approved on `approvedOn` for a first session on `firstDay`, or a `ValidationError`
    /// (C1) when it is below the working-day minimum. When the days that decide it fall in a year whose holiday
    /// calendar is not published, the answer is not guessed from weekends: the approval is refused, naming the
    /// year, until its calendar is imported.
    public static func check(approvedOn: CalendarDate, firstDay: CalendarDate, calendar: WorkingDayCalendar,
                             policy: Policy) throws -> PlanLeadTime {
        let minimum = policy.planLeadTimeBlockBelowWorkingDays
        let warnBelow = policy.planLeadTimeWarnBelowDays
        let earliestStart = try calendar.addingWorkingDays(minimum, to: approvedOn)
        if earliestStart.isProvisional {
            throw ValidationError(field: N_("Lead time"),
                                  N_("the holiday calendar of %@ is not published: import it before approving, so that the %@ working days are counted right"),
                                  earliestStart.assumedWeekendsOnlyYears.map(String.init).joined(separator: ", "),
                                  String(minimum), rule: "C1")
        }
        guard firstDay >= earliestStart.value else {
            throw ValidationError(field: N_("Lead time"),
                                  N_("the first session on %@ is fewer than %@ working days after %@: the earliest start for a plan approved that day is %@"),
                                  firstDay.description, String(minimum), approvedOn.description,
                                  earliestStart.value.description, rule: "C1")
        }
        let working = calendar.workingDays(from: approvedOn, to: firstDay).value
        let days = firstDay.dayNumber - approvedOn.dayNumber
        var warning: ValidationError?
        if days < warnBelow {
            warning = ValidationError(field: N_("Lead time"),
                                      N_("approved %@ days before the first session on %@, less than the %@ days of 服务跟踪制度 二.1"),
                                      String(days), firstDay.description, String(warnBelow), rule: "C1")
        }
        return PlanLeadTime(workingDays: working, calendarDays: days, warning: warning)
    }
}
