/// The due-board items of monthly reports and summaries (CHK-01, CHK-03, ARC-07).
///
/// The monthly report is handed in at the month's end (CHK-01, 自我检查制度 一) and reaches the supervisor by the
/// 5th of the next month (ARC-07, 档案接收制度 第三章 3 注意(2)): both clauses are shown, the item is due on the
/// month's last day and overdue after the 5th. A 5th that is a day off moves to the next working day (the
/// supervisor receives it at work); a 调休 Saturday is a working day and keeps it. The half-year summary is due on
/// 30 June and the annual summary on 31 December (CHK-03). Items appear from the due-soon window before the day
/// on, until the report is submitted; a submitted report becomes its reviewer's item, by the same days.
public struct WorkReportDeadlines: Sendable {
    public let calendar: WorkingDayCalendar
    /// The day of the next month monthly documents reach the supervisor by (policy archive.monthly_documents_due_day).
    public let monthlyDueDay: Int
    public let dueSoonDays: Int
    /// The policy table's clause of the ARC-07 day.
    public let arc07Clause: String

    public static let chk01Clause = "自我检查制度 一（每月月底向机构上交月报、日志、服务数据统计表）"
    public static let halfYearClause = "服务检查制度 第五条（第二季度末撰写半年工作总结和下半年工作计划）"
    public static let annualClause = "服务检查制度 第八条、第九条（第四季度末撰写年度总结及下一年度工作计划）"

    public init(calendar: WorkingDayCalendar, monthlyDueDay: Int, dueSoonDays: Int, arc07Clause: String) {
        self.calendar = calendar
        self.monthlyDueDay = monthlyDueDay
        self.dueSoonDays = dueSoonDays
        self.arc07Clause = arc07Clause
    }

    /// The day after which `period`'s report is overdue, and whether that day rests on an unpublished holiday
    /// year. A monthly report: the ARC-07 day of the next month, moved off days off; a summary: its period's end.
    public func overdueAfter(_ period: WorkReportPeriod) -> (day: CalendarDate, known: Bool) {
        guard period.kind == .monthly else { return (period.lastDay, true) }
        let next = period.lastDay.adding(days: 1)
        let day = min(max(1, monthlyDueDay), CalendarDate.daysIn(month: next.month, year: next.year))
        // A valid day of a valid month.
        let nominal = try! CalendarDate(year: next.year, month: next.month, day: day)
        // n = 0 never throws: the day itself if it is a working day, else the next one.
        let moved = try! calendar.addingWorkingDays(0, to: nominal)
        return (moved.value, !moved.isProvisional)
    }

    /// The periods whose reports are owed on `today`: last month's, this month's once its end is within the
    /// window, this year's half-year summary from the window before 30 June, this year's annual summary from the
    /// window before 31 December and last year's until it is in.
    public func periodsOwed(today: CalendarDate) -> [WorkReportPeriod] {
        let thisMonth = WorkReportPeriod.month(of: today)
        var periods = [thisMonth.previous]
        if thisMonth.lastDay.dayNumber - today.dayNumber <= dueSoonDays { periods.append(thisMonth) }
        // Checked years.
        let half = try! WorkReportPeriod(kind: .halfYear, year: today.year)
        if half.lastDay.dayNumber - today.dayNumber <= dueSoonDays { periods.append(half) }
        let annual = try! WorkReportPeriod(kind: .annual, year: today.year)
        periods.append(annual.lastDay.dayNumber - today.dayNumber <= dueSoonDays ? annual : annual.previous)
        return periods
    }

    /// The items for `workers` (code and name, those whose reports the viewer reaches) and the `reports` that
    /// exist, as `viewer` sees them: reports still to write or submit for the workers, and the submitted ones
    /// waiting for `viewer`'s review. Drafts of older periods (a report returned long ago) are owed too.
    public func items(workers: [(code: String, name: String)], reports: [WorkReportDueFacts], viewer: String,
                      today: CalendarDate) -> [DueItem] {
        var byKey: [String: WorkReportDueFacts] = [:]
        for report in reports { byKey[WorkReport.key(workerCode: report.workerCode, period: report.period)] = report }
        var items: [DueItem] = []
        var seen: Set<String> = []
        let owed = periodsOwed(today: today)
        for worker in workers {
            for period in owed {
                let key = WorkReport.key(workerCode: worker.code, period: period)
                let report = byKey[key]
                if let report, report.state != .draft { continue }
                seen.insert(key)
                items.append(item(for: period, workerCode: worker.code, workerName: worker.name, report: report,
                                  today: today))
            }
        }
        let reached = Set(workers.map(\.code))
        for report in reports {
            let key = WorkReport.key(workerCode: report.workerCode, period: report.period)
            switch report.state {
            case .draft where reached.contains(report.workerCode) && !seen.contains(key) && report.period.lastDay < today:
                items.append(item(for: report.period, workerCode: report.workerCode, workerName: report.workerName,
                                  report: report, today: today))
            case .submitted where report.reviewerCode == viewer:
                var review = item(for: report.period, workerCode: report.workerCode, workerName: report.workerName,
                                  report: report, today: today)
                review.title = report.period.kind == .monthly ? N_("Review the monthly report")
                    : N_("Review the summary")
                review.ownerCode = viewer
                items.append(review)
            default:
                break
            }
        }
        return items.sorted { ($0.overdueAfter ?? $0.dueOn!, $0.ownerCode, $0.detail)
            < ($1.overdueAfter ?? $1.dueOn!, $1.ownerCode, $1.detail) }
    }

    private func item(for period: WorkReportPeriod, workerCode: String, workerName: String,
                      report: WorkReportDueFacts?, today: CalendarDate) -> DueItem {
        let (alarm, known) = overdueAfter(period)
        let due = period.lastDay
        let status: DeadlineStatus = if !known {
            .unknown
        } else if today > alarm {
            .overdue
        } else if due.dayNumber - today.dayNumber <= dueSoonDays {
            .dueSoon
        } else {
            .upcoming
        }
        let (rule, clauses, title): (String, [String], String) = switch period.kind {
        case .monthly: ("CHK-01, ARC-07", [Self.chk01Clause, arc07Clause],
                        report == nil ? N_("Write the monthly report") : N_("Submit the monthly report"))
        case .halfYear: ("CHK-03", [Self.halfYearClause],
                         report == nil ? N_("Write the half-year summary") : N_("Submit the half-year summary"))
        case .annual: ("CHK-03", [Self.annualClause],
                       report == nil ? N_("Write the annual summary") : N_("Submit the annual summary"))
        }
        return DueItem(rule: rule, clauses: clauses, title: title, detail: "\(workerName) \(period.chineseText)",
                       subject: DueSubject(kind: .report, id: report?.id ?? WorkReport.key(workerCode: workerCode,
                                                                                          period: period)),
                       ownerCode: workerCode, dueOn: due, overdueAfter: period.kind == .monthly ? alarm : nil,
                       status: status)
    }
}
