import ZhongaiDomain

/// A plan version as `emergency plans --json` prints it (EMG-02), each step with its role and numbers to call.
struct EmergencyPlanRow: Encodable {
    struct Step: Encodable {
        let id: Int64?
        let position: Int
        let text: String
        let role: String
        let roleName: String
        let callNumbers: [String]
        let parallelGroup: Int
    }

    let id: Int64?
    let kind: String
    let version: Int
    let title: String
    let createdBy: String?
    let steps: [Step]

    init(_ plan: EmergencyPlan) {
        id = plan.id
        kind = plan.kind.rawValue
        version = plan.version
        title = plan.title
        createdBy = plan.createdBy
        steps = plan.steps.map {
            Step(id: $0.id, position: $0.position, text: $0.text, role: $0.role?.rawValue ?? "",
                 roleName: $0.role?.chineseName ?? "", callNumbers: $0.callNumbers, parallelGroup: $0.parallelGroup)
        }
    }
}
