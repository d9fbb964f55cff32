/// The monthly minimum of meetings between a supervisor of one role and a supervisee of another (SUP-02..04), as
/// the policy key that holds it; nil where the rule book sets none (a 督导 and a 见习督导, for instance).
public enum SupervisionMinimum {
    public static func meetingsKey(supervisor: Role, supervisee: Role) -> PolicyKey? {
        switch (supervisor, supervisee) {
        // Rule SUP-02
        case (.supervisor, .assistantSupervisor): .supervisorMeetingsWithAssistant
        case (.supervisor, .frontline): .supervisorMeetingsWithFrontline
        // Rule SUP-03
        case (.traineeSupervisor, .frontline): .traineeMeetingsWithFrontline
        case (.traineeSupervisor, .assistantSupervisor): .traineeMeetingsWithAssistant
        // Rule SUP-04
        case (.assistantSupervisor, .frontline): .assistantMeetingsWithFrontline
        default: nil
        }
    }

    /// The minimum a month, 0 where none is set.
    public static func meetings(supervisor: Role, supervisee: Role, policy: Policy) -> Int {
        meetingsKey(supervisor: supervisor, supervisee: supervisee).map { policy.int($0) } ?? 0
    }
}
