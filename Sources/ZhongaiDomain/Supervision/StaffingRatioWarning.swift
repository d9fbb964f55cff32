/// A breach of the staffing ratios (ROLE-02): a 督导助理 with more frontline workers than one per
/// `frontlinePerAssistantSupervisor`, or a 见习督导 with more 督导助理 than `assistantsPerTraineeSupervisor`; or the
/// centre as a whole short of assistant or trainee supervisors. Shown as a warning, never refused.
public struct StaffingRatioWarning: Equatable, Codable, Sendable {
    /// The supervisor over the limit; nil for the centre as a whole.
    public var supervisorCode: String?
    /// Role of the people counted (一线社工 or 督导助理).
    public var countedRole: Role
    public var count: Int
    public var limit: Int

    public init(supervisorCode: String?, countedRole: Role, count: Int, limit: Int) {
        self.supervisorCode = supervisorCode
        self.countedRole = countedRole
        self.count = count
        self.limit = limit
    }

    /// English msgid with `%@` for the supervisor (or nothing), the count and the limit.
    public var message: String {
        switch (supervisorCode == nil, countedRole) {
        case (false, .frontline): N_("%@ supervises %@ frontline workers; one assistant supervisor per %@")
        case (false, _): N_("%@ supervises %@ assistant supervisors; one trainee supervisor per %@")
        case (true, .frontline): N_("the centre has %@ frontline workers; its assistant supervisors cover %@")
        case (true, _): N_("the centre has %@ assistant supervisors; its trainee supervisors cover %@")
        }
    }

    public var arguments: [String] {
        (supervisorCode.map { [$0] } ?? []) + [String(count), String(limit)]
    }

    /// The message in the language `translate` gives (the identity: English).
    public func text(_ translate: (String) -> String) -> String {
        var result = translate(message)
        for argument in arguments {
            guard let range = result.range(of: "%@") else { break }
            result.replaceSubrange(range, with: argument)
        }
        return result
    }

    /// Rule ROLE-02: the warnings for the chain on one day.
    public static func warnings(chain: SupervisionChain, members: [SupervisionCompliance.Member], policy: Policy)
        -> [StaffingRatioWarning] {
        let active = members.filter(\.isActive)
        let roles = Dictionary(active.map { ($0.code, $0.role) }, uniquingKeysWith: { a, _ in a })
        var result: [StaffingRatioWarning] = []
        for (counted, over, limit) in [(Role.frontline, Role.assistantSupervisor, policy.frontlinePerAssistantSupervisor),
                                       (.assistantSupervisor, .traineeSupervisor, policy.assistantsPerTraineeSupervisor)] {
            var perSupervisor: [String: Int] = [:]
            for member in active where member.role == counted {
                // The nearest supervisor of that role above the worker carries them.
                if let holder = chain.supervisors(of: member.code).first(where: { roles[$0] == over }) {
                    perSupervisor[holder, default: 0] += 1
                }
            }
            for (code, count) in perSupervisor.sorted(by: { $0.key < $1.key }) where count > limit {
                result.append(StaffingRatioWarning(supervisorCode: code, countedRole: counted, count: count, limit: limit))
            }
            let total = active.filter { $0.role == counted }.count
            let capacity = active.filter { $0.role == over }.count * limit
            if total > capacity {
                result.append(StaffingRatioWarning(supervisorCode: nil, countedRole: counted, count: total,
                                                   limit: capacity))
            }
        }
        return result
    }
}
