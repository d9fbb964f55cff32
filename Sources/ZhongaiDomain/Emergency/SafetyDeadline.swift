/// A safety date for the due board (CHK-04): the next inspection of a service point, or an inspection's follow-up
/// action, with its rule and clause.
public struct SafetyDeadline: Equatable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case inspection
        case followUp
    }

    public var kind: Kind
    public var servicePointID: Int64
    public var servicePointName: String
    /// What is due, in the language of the data: the follow-up's action, or empty for an inspection.
    public var detail: String
    /// For a service point never inspected, the day asked about: due at once.
    public var dueOn: CalendarDate
    public var status: DeadlineStatus
    /// The inspection this comes from (the last one, for the next inspection); nil when never inspected.
    public var inspectionID: String?
    public var followUpID: Int64?
    public var rule: String
    public var clause: String

    public init(kind: Kind, servicePointID: Int64, servicePointName: String, detail: String, dueOn: CalendarDate,
                status: DeadlineStatus, inspectionID: String?, followUpID: Int64? = nil, rule: String = "CHK-04",
                clause: String) {
        self.kind = kind
        self.servicePointID = servicePointID
        self.servicePointName = servicePointName
        self.detail = detail
        self.dueOn = dueOn
        self.status = status
        self.inspectionID = inspectionID
        self.followUpID = followUpID
        self.rule = rule
        self.clause = clause
    }

    /// English msgid of what is due; the interface shows its translation.
    public var title: String {
        switch kind {
        case .inspection: N_("Workplace safety inspection")
        case .followUp: N_("Safety inspection follow-up")
        }
    }
}
