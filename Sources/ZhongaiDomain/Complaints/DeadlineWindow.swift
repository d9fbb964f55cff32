/// The status of a deadline not yet met on a day: overdue after its day, due soon within the policy's window
/// (`deadline.due_soon_days`), upcoming before that.
public struct DeadlineWindow: Sendable {
    public var dueSoonDays: Int

    public init(dueSoonDays: Int) {
        self.dueSoonDays = dueSoonDays
    }

    public init(policy: Policy) {
        self.init(dueSoonDays: policy.deadlineDueSoonDays)
    }

    public func status(dueOn: CalendarDate, today: CalendarDate) -> DeadlineStatus {
        if dueOn < today { return .overdue }
        return dueOn.dayNumber - today.dayNumber <= dueSoonDays ? .dueSoon : .upcoming
    }
}
