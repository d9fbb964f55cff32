/// Progress toward one goal of the plan, as a service record states it. Rule CASE-13.
public struct GoalProgress: Equatable, Codable, Sendable {
    /// The goal's title, as the plan names it.
    public var goal: String
    public var progress: String

    public init(goal: String, progress: String) {
        self.goal = goal
        self.progress = progress
    }
}
