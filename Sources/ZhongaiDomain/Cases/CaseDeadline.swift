/// One deadline of a case, with the rule behind it.
public struct CaseDeadline: Equatable, Codable, Sendable {
    /// The rule ID, e.g. "CASE-06".
    public var rule: String
    /// English msgid of what is due.
    public var title: String
    /// Nil when it depends on an unpublished holiday year (`unpublishedYears`).
    public var dueOn: CalendarDate?
    public var metOn: CalendarDate?
    public var status: DeadlineStatus
    /// Years whose holiday calendar the due day would need but which are not published.
    public var unpublishedYears: [Int]

    public init(rule: String, title: String, dueOn: CalendarDate?, metOn: CalendarDate?, status: DeadlineStatus,
                unpublishedYears: [Int] = []) {
        self.rule = rule
        self.title = title
        self.dueOn = dueOn
        self.metOn = metOn
        self.status = status
        self.unpublishedYears = unpublishedYears
    }

    /// Met after the due day.
    public var metLate: Bool {
        guard let metOn, let dueOn else { return false }
        return metOn > dueOn
    }
}
