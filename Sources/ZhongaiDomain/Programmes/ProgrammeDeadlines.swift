/// The deadlines of a programme at its stage (GRP-02, GRP-06, GRP-07), with the defaults of the conflicts C1–C3:
/// - C1: the plan is approved at least 14 days before the first session (due), and no later than 5 working days
///   before it (after that it cannot be approved: overdue);
/// - C2: the report is due 3 days after the last session, overdue after 2 weeks;
/// - C3: the documents of a quarter (the quarter of the last session) are due by the 20th of the first month of
///   the next quarter, overdue after the 20th of its second month.
/// Between the due day and the alarm a deadline is `dueSoon` (late, but within the rule book's longer reading).
public struct ProgrammeDeadlines: Sendable {
    public let entries: [PolicyEntry]
    public let calendar: WorkingDayCalendar
    private let policy: Policy

    public init(entries: [PolicyEntry], calendar: WorkingDayCalendar) throws {
        self.entries = entries
        self.calendar = calendar
        self.policy = try Policy(entries: entries)
    }

    /// Days before a due day from which a deadline is shown as due soon.
    public static let dueSoonDays = 3

    /// The deadline still open for `detail` on `today`: none once archived.
    public func deadlines(for detail: ProgrammeDetail, today: CalendarDate) -> [ProgrammeDeadline] {
        let programme = detail.programme
        switch programme.stage {
        case .planning, .planSubmitted:
            return planDeadline(detail, today: today).map { [$0] } ?? []
        case .planApproved:
            return [reportDeadline(detail, today: today), archiveDeadline(detail, today: today)]
        case .reportSubmitted, .reportApproved:
            return [archiveDeadline(detail, today: today)]
        case .archived:
            return []
        }
    }

    private func planDeadline(_ detail: ProgrammeDetail, today: CalendarDate) -> ProgrammeDeadline? {
        let first = detail.firstDay
        let due = first.adding(days: -policy.planLeadTimeWarnBelowDays)
        var lastDay = first.adding(days: -1)
        var provisional = false
        // The latest approval day that still leaves the minimum of working days (C1).
        while let result = try? calendar.addingWorkingDays(policy.planLeadTimeBlockBelowWorkingDays, to: lastDay),
              result.value > first {
            provisional = provisional || result.isProvisional
            lastDay = lastDay.adding(days: -1)
        }
        provisional = provisional || calendar.workingDays(from: lastDay, to: first).isProvisional
        return deadline(detail, .planApproval, clauses: [.planLeadTimeBlockBelowWorkingDays, .planLeadTimeWarnBelowDays],
                        due: min(due, lastDay), alarm: lastDay, today: today, provisional: provisional)
    }

    private func reportDeadline(_ detail: ProgrammeDetail, today: CalendarDate) -> ProgrammeDeadline {
        let last = detail.lastDay
        return deadline(detail, .report, clauses: [.reportDueDays, .reportOverdueAlarmDays],
                        due: last.adding(days: policy.reportDueDays),
                        alarm: last.adding(days: policy.reportOverdueAlarmDays), today: today, provisional: false)
    }

    private func archiveDeadline(_ detail: ProgrammeDetail, today: CalendarDate) -> ProgrammeDeadline {
        let last = detail.lastDay
        let quarterStartMonth = (last.month - 1) / 3 * 3 + 1
        // Day 1 of the next quarter's first month, and of its second.
        let nextQuarter = (try? CalendarDate(year: last.year, month: quarterStartMonth, day: 1))?.adding(months: 3)
            ?? last
        let secondMonth = nextQuarter.adding(months: 1)
        let due = Self.day(policy.quarterlyArchiveDueDay, of: nextQuarter)
        let alarm = Self.day(policy.quarterlyArchiveAlarmDay, of: secondMonth)
        return deadline(detail, .archive, clauses: [.quarterlyArchiveDueDay, .quarterlyArchiveAlarmDay], due: due,
                        alarm: alarm, today: today, provisional: false)
    }

    private func deadline(_ detail: ProgrammeDetail, _ kind: ProgrammeDeadlineKind, clauses: [PolicyKey],
                          due: CalendarDate, alarm: CalendarDate, today: CalendarDate, provisional: Bool)
        -> ProgrammeDeadline {
        let status: DeadlineStatus
        if provisional {
            status = .unknown
        } else if today > alarm {
            status = .overdue
        } else if today.dayNumber >= due.dayNumber - Self.dueSoonDays {
            status = .dueSoon
        } else {
            status = .upcoming
        }
        let texts = clauses.compactMap { key in entries.first { $0.key == key }?.clause }
        return ProgrammeDeadline(programmeID: detail.programme.id, code: detail.programme.code,
                                 title: detail.programme.title, holderCode: detail.programme.holderCode, kind: kind,
                                 clauses: texts, dueOn: due, overdueAfter: alarm, status: status)
    }

    /// Day `day` of the month of `month`, or its last day when the month is shorter.
    private static func day(_ day: Int, of month: CalendarDate) -> CalendarDate {
        let last = CalendarDate.daysIn(month: month.month, year: month.year)
        return (try? CalendarDate(year: month.year, month: month.month, day: min(max(day, 1), last))) ?? month
    }
}
