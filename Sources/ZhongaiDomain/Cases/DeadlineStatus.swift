/// Where a deadline stands on a given day.
public enum DeadlineStatus: String, CaseIterable, Codable, Sendable {
    /// Not met, due later than the due-soon window.
    case upcoming
    /// Not met, due today or within the window.
    case dueSoon
    /// Not met, and the due day has passed.
    case overdue
    /// Done (perhaps late: see `CaseDeadline.metLate`).
    case met
    /// Not met, and the due day cannot be told: the holiday calendar of a year it depends on is not published.
    case unknown

    /// English msgid.
    public var title: String {
        switch self {
        case .upcoming: N_("Upcoming")
        case .dueSoon: N_("Due soon")
        case .overdue: N_("Overdue")
        case .met: N_("Met")
        case .unknown: N_("Unknown: holiday calendar not published")
        }
    }
}
