/// 个案服务记录: one service contact as the worker writes it. Rules CASE-13, CASE-04 (consent first).
public struct ServiceRecordDraft: Equatable, Codable, Sendable {
    public var caseID: String
    public var servedOn: CalendarDate
    public var durationMinutes: Int
    public var place: String
    public var method: ServiceMethod
    public var content: String
    public var goalProgress: [GoalProgress]
    public var notes: String

    public init(caseID: String, servedOn: CalendarDate, durationMinutes: Int, place: String, method: ServiceMethod,
                content: String, goalProgress: [GoalProgress] = [], notes: String = "") {
        self.caseID = caseID
        self.servedOn = servedOn
        self.durationMinutes = durationMinutes
        self.place = place
        self.method = method
        self.content = content
        self.goalProgress = goalProgress
        self.notes = notes
    }

    /// Refuses a contact in the future, a duration that is not positive, an empty content, and progress for a goal
    /// that is not in `goals` (the plan's goal titles) or given twice. What needs the case (its opening date, the
    /// client's consent) is checked by the store.
    public func validated(today: CalendarDate, goals: [String]) throws -> ServiceRecordDraft {
        var d = self
        d.caseID = try CaseText.required(caseID, field: N_("Case"))
        guard servedOn <= today else {
            throw ValidationError(field: N_("Service date"), N_("%@ is in the future"), servedOn.description)
        }
        guard (1...(24 * 60)).contains(durationMinutes) else {
            throw ValidationError(field: N_("Duration"), N_("%@ minutes is not a duration of one contact"),
                                  String(durationMinutes))
        }
        d.place = try CaseText.required(place, field: N_("Place"))
        // Rule CASE-13
        d.content = try CaseText.required(content, field: N_("Content"), rule: "CASE-13")
        d.notes = CaseText.trimmed(notes)
        var seen: Set<String> = []
        d.goalProgress = try goalProgress.map { item in
            let goal = CaseText.trimmed(item.goal)
            guard goals.contains(goal) else {
                throw ValidationError(field: N_("Progress"), N_("“%@” is not a goal of the plan"), goal, rule: "CASE-13")
            }
            guard seen.insert(goal).inserted else {
                throw ValidationError(field: N_("Progress"), N_("“%@” appears twice"), goal)
            }
            return GoalProgress(goal: goal, progress: try CaseText.required(item.progress, field: N_("Progress")))
        }
        return d
    }
}
