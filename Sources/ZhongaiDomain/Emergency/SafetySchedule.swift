/// Rule CHK-04: the safety dates of the due board from the inspections on record: each active service point's next
/// inspection (`intervalMonths` after the day of its last complete inspection, at once when it was never inspected)
/// and every follow-up action not done.
public struct SafetySchedule: Sendable {
    /// The last complete inspection of a service point, if any.
    public struct Site: Sendable {
        public var servicePointID: Int64
        public var servicePointName: String
        public var lastInspectionID: String?
        public var lastInspectedOn: CalendarDate?

        public init(servicePointID: Int64, servicePointName: String, lastInspectionID: String?,
                    lastInspectedOn: CalendarDate?) {
            self.servicePointID = servicePointID
            self.servicePointName = servicePointName
            self.lastInspectionID = lastInspectionID
            self.lastInspectedOn = lastInspectedOn
        }
    }

    public static let inspectionClause = "服务检查制度 第三条（定期检查工作环境的安全）"
    public static let followUpClause = "服务检查制度 第三条（检查发现的问题，按期跟进）"

    public var intervalMonths: Int
    public var dueSoonDays: Int

    public init(intervalMonths: Int, dueSoonDays: Int) {
        self.intervalMonths = intervalMonths
        self.dueSoonDays = dueSoonDays
    }

    public func status(dueOn: CalendarDate, today: CalendarDate) -> DeadlineStatus {
        if dueOn < today { return .overdue }
        return dueOn.dayNumber - today.dayNumber <= dueSoonDays ? .dueSoon : .upcoming
    }

    /// The deadlines, soonest first.
    public func deadlines(sites: [Site], followUps: [(site: Site, inspectionID: String, followUp: InspectionFollowUp)],
                          today: CalendarDate) -> [SafetyDeadline] {
        var result = sites.map { site -> SafetyDeadline in
            let due = site.lastInspectedOn?.adding(months: intervalMonths) ?? today
            return SafetyDeadline(kind: .inspection, servicePointID: site.servicePointID,
                                  servicePointName: site.servicePointName, detail: "", dueOn: due,
                                  status: status(dueOn: due, today: today), inspectionID: site.lastInspectionID,
                                  clause: SafetySchedule.inspectionClause)
        }
        for open in followUps where !open.followUp.isDone {
            result.append(SafetyDeadline(kind: .followUp, servicePointID: open.site.servicePointID,
                                         servicePointName: open.site.servicePointName, detail: open.followUp.action,
                                         dueOn: open.followUp.dueOn,
                                         status: status(dueOn: open.followUp.dueOn, today: today),
                                         inspectionID: open.inspectionID, followUpID: open.followUp.id,
                                         clause: SafetySchedule.followUpClause))
        }
        return result.sorted { ($0.dueOn, $0.servicePointName) < ($1.dueOn, $1.servicePointName) }
    }
}
