/// One line of the due board (待办): something a worker owes by a rule with a deadline, with the rule and the source's
/// clauses (both sides of a conflict C1–C3), when it is due and when it counts as overdue, and the record it is about.
public struct DueItem: Equatable, Codable, Sendable {
    /// Rule IDs, e.g. "CMP-02" or "C2, GRP-06".
    public var rule: String
    /// The source's clauses as the policy table names them; both sides where the rule book conflicts.
    public var clauses: [String]
    /// English msgid of what is due; the interface shows its translation.
    public var title: String
    /// What it is about in the language of the data: a record's code and name, a month, a service point.
    public var detail: String
    /// The record one click opens.
    public var subject: DueSubject
    /// Whose item it is (the worker who owes it).
    public var ownerCode: String
    /// Nil when the day cannot be told (an unpublished holiday year): see `status`.
    public var dueOn: CalendarDate?
    /// The alarm day of a conflict's later reading (C1–C3): after it the item is overdue. Nil: overdue after `dueOn`.
    public var overdueAfter: CalendarDate?
    public var status: DeadlineStatus
    /// Set when the owner decides it on the board itself (an approval, a confirmation).
    public var review: DueReview?
    /// The owner's name, filled in by the board from the directory (providers leave it empty).
    public var ownerName: String = ""

    public init(rule: String, clauses: [String] = [], title: String, detail: String, subject: DueSubject,
                ownerCode: String, dueOn: CalendarDate?, overdueAfter: CalendarDate? = nil, status: DeadlineStatus,
                review: DueReview? = nil) {
        self.rule = rule
        self.clauses = clauses
        self.title = title
        self.detail = detail
        self.subject = subject
        self.ownerCode = ownerCode
        self.dueOn = dueOn
        self.overdueAfter = overdueAfter
        self.status = status
        self.review = review
    }
}
