/// 结案/转介原因: why a case ends; one is required whenever a case ends. Rule CASE-12 (基本服务制度 第六–十五条).
public enum ClosingReason: String, CaseIterable, Codable, Sendable {
    /// 服务目标实现
    case goalsAchieved
    /// 服务关系无法建立
    case relationshipNotEstablished
    /// 没有所需要的服务/不属服务区域
    case serviceNotAvailable
    /// 服务对象已具备独立解决问题能力
    case clientSelfReliant
    /// 行为对他人构成危险
    case dangerToOthers
    /// 行为对社会构成危险
    case dangerToSociety
    /// 其他机构具有处理特权
    case otherAgencyHasAuthority
    /// 服务对象拒绝接受服务
    case clientRefusesService
    /// 搬家、死亡等客观原因
    case objectiveCircumstances
    /// 期望/动机与服务不相符
    case expectationsMismatch
    /// 社工离开等其他原因
    case workerLeftOrOther

    /// English msgid of the reason.
    public var title: String {
        switch self {
        case .goalsAchieved: N_("The service goals were achieved")
        case .relationshipNotEstablished: N_("A working relationship could not be established")
        case .serviceNotAvailable: N_("The service needed is not offered, or outside the service area")
        case .clientSelfReliant: N_("The client can now solve the problem independently")
        case .dangerToOthers: N_("The client's behaviour endangers others")
        case .dangerToSociety: N_("The client's behaviour endangers society")
        case .otherAgencyHasAuthority: N_("Another agency has the authority to handle it")
        case .clientRefusesService: N_("The client refuses the service")
        case .objectiveCircumstances: N_("Moving away, death or other objective circumstances")
        case .expectationsMismatch: N_("The client's expectations or motivation do not fit the service")
        case .workerLeftOrOther: N_("The worker left, or another reason")
        }
    }

    /// The reason named by `text` (its key), or a refusal naming CASE-12: a case never ends without a reason.
    public init(parsing text: String?, field: String = N_("Reason")) throws {
        let key = text?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !key.isEmpty else {
            throw ValidationError(field: field, N_("a case ends only with one of the reasons of the rule book"),
                                  rule: "CASE-12")
        }
        guard let reason = ClosingReason(rawValue: key) else {
            throw ValidationError(field: field, N_("“%@” is not one of the closing reasons"), key, rule: "CASE-12")
        }
        self = reason
    }
}
