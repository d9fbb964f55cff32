/// A deadline of a group or activity for the due board: what is due, by which rule and clauses, the due day and
/// the day after which it is overdue (the two readings of the rule book's conflicts C1–C3).
public struct ProgrammeDeadline: Equatable, Codable, Sendable {
    public var programmeID: String
    public var code: String
    public var title: String
    public var holderCode: String
    public var kind: ProgrammeDeadlineKind
    /// "C2", with the rule IDs of `kind.rules`.
    public var rule: String
    /// The source's clauses, both sides of the conflict, as the policy table names them.
    public var clauses: [String]
    public var dueOn: CalendarDate
    /// The alarm: after this day it is overdue.
    public var overdueAfter: CalendarDate
    public var status: DeadlineStatus

    public init(programmeID: String, code: String, title: String, holderCode: String, kind: ProgrammeDeadlineKind,
                clauses: [String], dueOn: CalendarDate, overdueAfter: CalendarDate, status: DeadlineStatus) {
        self.programmeID = programmeID
        self.code = code
        self.title = title
        self.holderCode = holderCode
        self.kind = kind
        self.rule = kind.rules.joined(separator: ", ")
        self.clauses = clauses
        self.dueOn = dueOn
        self.overdueAfter = overdueAfter
        self.status = status
    }
}
