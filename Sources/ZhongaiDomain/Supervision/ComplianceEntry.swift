/// One cell row of the month grid (SUP-02..04): a supervisor, a supervisee, the meetings held in the month and
/// the minimum owed.
public struct ComplianceEntry: Equatable, Codable, Sendable {
    public var month: SupervisionMonth
    public var supervisorCode: String
    public var supervisorName: String
    public var supervisorRole: Role
    public var superviseeCode: String
    public var superviseeName: String
    public var superviseeRole: Role
    /// Meetings held in the month: a group session counts once for each member.
    public var held: Int
    /// The month's minimum; 0 when nothing is owed (see `standing`).
    public var required: Int
    public var standing: ComplianceStanding
    /// The rule that sets the minimum (SUP-02, SUP-03 or SUP-04), when one does.
    public var rule: String?

    public init(month: SupervisionMonth, supervisorCode: String, supervisorName: String, supervisorRole: Role,
                superviseeCode: String, superviseeName: String, superviseeRole: Role, held: Int, required: Int,
                standing: ComplianceStanding, rule: String?) {
        self.month = month
        self.supervisorCode = supervisorCode
        self.supervisorName = supervisorName
        self.supervisorRole = supervisorRole
        self.superviseeCode = superviseeCode
        self.superviseeName = superviseeName
        self.superviseeRole = superviseeRole
        self.held = held
        self.required = required
        self.standing = standing
        self.rule = rule
    }

    /// Meetings still owed this month.
    public var owing: Int { max(0, required - held) }
    public var isMet: Bool { owing == 0 }
}
