/// A follow-up agreed in a session (SUP-05), due on a day, and the supervisee's later action on it.
public struct SupervisionFollowUp: Equatable, Codable, Sendable {
    /// Row id in the store; 0 in a draft.
    public var id: Int64
    public var text: String
    public var dueOn: CalendarDate
    /// What the supervisee did about it (SUP-05: the worker's later action); empty until recorded.
    public var action: String
    public var actionBy: String?

    public init(id: Int64 = 0, text: String, dueOn: CalendarDate, action: String = "", actionBy: String? = nil) {
        self.id = id
        self.text = text
        self.dueOn = dueOn
        self.action = action
        self.actionBy = actionBy
    }
}
