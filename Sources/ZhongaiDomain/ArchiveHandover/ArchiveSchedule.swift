/// The due days of the archive (C3, ARC-09, CONF-04, CONF-05) from the policy table, and where each stands.
public struct ArchiveSchedule: Sendable {
    public let policy: Policy

    public init(policy: Policy) {
        self.policy = policy
    }

    /// Rule C3 (ARC-09): a quarter's material is due by day `archive.quarterly.due_day_first_month` of the next
    /// quarter's first month (档案接收制度 第三章 2) and overdue after day `archive.quarterly.alarm_day_second_month` of
    /// its second month (小组/活动服务指引 7).
    public func handoverDue(_ quarter: ArchiveQuarter) -> (dueOn: CalendarDate, overdueAfter: CalendarDate) {
        let next = quarter.next.firstDay
        return (Self.day(policy.quarterlyArchiveDueDay, of: next),
                Self.day(policy.quarterlyArchiveAlarmDay, of: next.adding(months: 1)))
    }

    /// Rule CONF-05: the next quarterly check after the last one (or by the end of the current quarter when none
    /// was ever recorded), every `archive.check_interval_months`.
    public func nextCheck(after last: CalendarDate?, today: CalendarDate) -> CalendarDate {
        last?.adding(months: policy.archiveCheckIntervalMonths) ?? ArchiveQuarter(containing: today).lastDay
    }

    /// Rule CONF-05: the next yearly inventory (or by the end of the current year when none was recorded).
    public func nextInventory(after last: CalendarDate?, today: CalendarDate) -> CalendarDate {
        last?.adding(months: policy.archiveInventoryIntervalMonths) ?? (try! CalendarDate(year: today.year, month: 12, day: 31))
    }

    /// Rule CONF-05: material received on `receivedOn` is due for the bulk destruction after
    /// `archive.destruction_interval_years`.
    public func destructionDue(receivedOn: CalendarDate) -> CalendarDate {
        receivedOn.adding(months: 12 * policy.archiveDestructionIntervalYears)
    }

    /// Whether material received on `receivedOn` is old enough for a destruction batch on `today`.
    public func isDueForDestruction(receivedOn: CalendarDate, today: CalendarDate) -> Bool {
        destructionDue(receivedOn: receivedOn) <= today
    }

    /// Where a deadline stands on `today`: overdue after `overdueAfter` (or after `dueOn` without one), due soon
    /// within `deadline.due_soon_days` of the due day.
    public func status(dueOn: CalendarDate, overdueAfter: CalendarDate? = nil, today: CalendarDate) -> DeadlineStatus {
        if today > (overdueAfter ?? dueOn) { return .overdue }
        if dueOn.dayNumber - today.dayNumber <= policy.deadlineDueSoonDays { return .dueSoon }
        return .upcoming
    }

    /// Day `day` of the month of `month`, or its last day when the month is shorter.
    static func day(_ day: Int, of month: CalendarDate) -> CalendarDate {
        let last = CalendarDate.daysIn(month: month.month, year: month.year)
        return (try? CalendarDate(year: month.year, month: month.month, day: min(max(day, 1), last))) ?? month
    }
}
