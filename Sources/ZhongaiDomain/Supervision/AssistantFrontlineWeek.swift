/// ROLE-03: the days of one week a 督导助理 did frontline service (days with a service record, consultation or
/// visit of their own), against the minimum. Tracked, not enforced: a week short is shown, never refused.
public struct AssistantFrontlineWeek: Equatable, Codable, Sendable {
    public var workerCode: String
    /// The Monday of the week.
    public var weekStarting: CalendarDate
    public var serviceDays: Int
    public var minimumDays: Int

    public init(workerCode: String, weekStarting: CalendarDate, serviceDays: Int, minimumDays: Int) {
        self.workerCode = workerCode
        self.weekStarting = weekStarting
        self.serviceDays = serviceDays
        self.minimumDays = minimumDays
    }

    public var isShort: Bool { serviceDays < minimumDays }

    /// Rule ROLE-03: the weeks (Monday first) that overlap `month`, each with the distinct `serviceDates` in it.
    public static func weeks(of month: SupervisionMonth, workerCode: String, serviceDates: Set<CalendarDate>,
                             minimumDays: Int) -> [AssistantFrontlineWeek] {
        var monday = month.firstDay.adding(days: 1 - month.firstDay.weekday)
        var weeks: [AssistantFrontlineWeek] = []
        while monday <= month.lastDay {
            let days = (0..<7).map { monday.adding(days: $0) }.filter { serviceDates.contains($0) }.count
            weeks.append(AssistantFrontlineWeek(workerCode: workerCode, weekStarting: monday, serviceDays: days,
                                                minimumDays: minimumDays))
            monday = monday.adding(days: 7)
        }
        return weeks
    }
}
