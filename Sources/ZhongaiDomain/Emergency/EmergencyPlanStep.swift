/// One step of an emergency plan (EMG-02): what to do, who does it, the numbers it calls, and its parallel group:
/// steps of the same group may run at the same time, groups run in order.
public struct EmergencyPlanStep: Equatable, Codable, Sendable {
    /// The row id of this step in this version of the plan; nil before it is stored.
    public var id: Int64?
    /// 1-based order in the plan.
    public var position: Int
    public var text: String
    /// Nil only in an edit being checked: a stored step always has its role (EMG-02).
    public var role: SafetyRole?
    /// Numbers the step calls (119 fire, 120 ambulance, 110 police), in the order of the text.
    public var callNumbers: [String]
    public var parallelGroup: Int

    public init(id: Int64? = nil, position: Int, text: String, role: SafetyRole?, callNumbers: [String] = [],
                parallelGroup: Int) {
        self.id = id
        self.position = position
        self.text = text
        self.role = role
        self.callNumbers = callNumbers
        self.parallelGroup = parallelGroup
    }
}
