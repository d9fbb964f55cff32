/// The rules of the due board (待办) that do not depend on where the items come from: the status of a day against
/// the due-soon window, the order of urgency and the narrowing to a scope.
public enum DueBoard {
    /// Where an item due on `dueOn` (or, for a conflict C1–C3, overdue after `overdueAfter`) stands on `today`:
    /// overdue once the alarm day has passed, due soon from `dueSoonDays` before the due day (policy
    /// `deadline.due_soon_days`, as CaseDeadlines counts it), upcoming before; unknown without a day.
    public static func status(dueOn: CalendarDate?, overdueAfter: CalendarDate? = nil, today: CalendarDate,
                              dueSoonDays: Int) -> DeadlineStatus {
        guard let dueOn else { return .unknown }
        if today > (overdueAfter ?? dueOn) { return .overdue }
        return dueOn.dayNumber - today.dayNumber <= dueSoonDays ? .dueSoon : .upcoming
    }

    /// Most urgent first: overdue (the longest overdue first), then due soon and upcoming by due day; an item whose
    /// day cannot be told last. Items done are left out. Ties go by rule, then detail, so the order is stable.
    public static func sorted(_ items: [DueItem]) -> [DueItem] {
        items.filter { $0.status != .met }.sorted { a, b in
            let x = urgency(a), y = urgency(b)
            if x.rank != y.rank { return x.rank < y.rank }
            if x.day != y.day { return x.day < y.day }
            return (a.rule, a.detail, a.ownerCode) < (b.rule, b.detail, b.ownerCode)
        }
    }

    /// The items of `scope` for `workerCode`; `isTeam` tells whether a worker is supervised by them down the chain.
    public static func narrowed(_ items: [DueItem], to scope: DueScope, for workerCode: String,
                                isTeam: (String) -> Bool) -> [DueItem] {
        switch scope {
        case .mine: items.filter { $0.ownerCode == workerCode }
        case .team: items.filter { $0.ownerCode == workerCode || isTeam($0.ownerCode) }
        case .all: items
        }
    }

    private static func urgency(_ item: DueItem) -> (rank: Int, day: Int) {
        switch item.status {
        case .overdue: (0, (item.overdueAfter ?? item.dueOn)?.dayNumber ?? Int.max)
        case .dueSoon: (1, item.dueOn?.dayNumber ?? Int.max)
        case .upcoming: (2, item.dueOn?.dayNumber ?? Int.max)
        case .unknown, .met: (3, Int.max)
        }
    }
}
