/// 服务目标: one goal of a service plan, with how its achievement is measured. Rule CASE-13 (计划 3.1).
public struct PlanGoal: Equatable, Codable, Sendable {
    public var title: String
    /// 可测量的指标: how anyone can tell the goal is reached.
    public var measurableTarget: String

    public init(title: String, measurableTarget: String) {
        self.title = title
        self.measurableTarget = measurableTarget
    }
}
