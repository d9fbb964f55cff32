/// 计划: the service plan of a case file (计划 3.1–3.7). Rules CASE-13, CASE-05 (the service start date).
public struct PlanContent: Equatable, Codable, Sendable {
    public var goals: [PlanGoal]
    /// 服务重点
    public var focus: String
    /// 直接介入策略
    public var directStrategies: String
    /// 间接介入策略
    public var indirectStrategies: String
    /// 合作者
    public var collaborators: String
    /// 各方角色
    public var roles: String
    /// 程序与时间表
    public var timetable: String
    /// 服务协议
    public var serviceAgreement: String
    /// When the planned service starts: the plan goes for approval at least the policy's days before (CASE-05).
    public var serviceStartsOn: CalendarDate?
    public var notes: String

    public init(goals: [PlanGoal] = [], focus: String = "", directStrategies: String = "",
                indirectStrategies: String = "", collaborators: String = "", roles: String = "", timetable: String = "",
                serviceAgreement: String = "", serviceStartsOn: CalendarDate? = nil, notes: String = "") {
        self.goals = goals
        self.focus = focus
        self.directStrategies = directStrategies
        self.indirectStrategies = indirectStrategies
        self.collaborators = collaborators
        self.roles = roles
        self.timetable = timetable
        self.serviceAgreement = serviceAgreement
        self.serviceStartsOn = serviceStartsOn
        self.notes = notes
    }

    /// Refuses a plan without goals, a goal without its title or measurable target, and two goals of one title
    /// (service records report progress by goal title).
    public func validated() throws -> PlanContent {
        var c = self
        // Rule CASE-13
        guard !goals.isEmpty else {
            throw ValidationError(field: N_("Goals"), N_("a plan has at least one goal"), rule: "CASE-13")
        }
        var titles: Set<String> = []
        c.goals = try goals.map { goal in
            let title = try CaseText.required(goal.title, field: N_("Goal"), rule: "CASE-13")
            let target = try CaseText.required(goal.measurableTarget, field: N_("Measurable target"), rule: "CASE-13")
            guard titles.insert(title).inserted else {
                throw ValidationError(field: N_("Goal"), N_("“%@” appears twice"), title, rule: "CASE-13")
            }
            return PlanGoal(title: title, measurableTarget: target)
        }
        for keyPath in [\PlanContent.focus, \.directStrategies, \.indirectStrategies, \.collaborators, \.roles,
                        \.timetable, \.serviceAgreement, \.notes] {
            c[keyPath: keyPath] = CaseText.trimmed(c[keyPath: keyPath])
        }
        return c
    }
}
