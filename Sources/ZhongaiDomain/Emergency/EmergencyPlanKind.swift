/// The six plans of 突发事件应急方案 (EMG-02), in the order of the source.
public enum EmergencyPlanKind: String, CaseIterable, Codable, Sendable {
    case fire               // 防火预案
    case foodPoisoning      // 防食物中毒预案
    case outingSafety       // 外出活动安全预案
    case suddenIllness      // 突发病情应急预案
    case psychiatricCrisis  // 精神疾病突发预案
    case trafficAccident    // 交通事故应急预案

    /// English msgid of the plan's name; the interface shows its translation.
    public var title: String {
        switch self {
        case .fire: N_("Fire")
        case .foodPoisoning: N_("Food poisoning")
        case .outingSafety: N_("Outing safety")
        case .suddenIllness: N_("Sudden illness")
        case .psychiatricCrisis: N_("Psychiatric crisis")
        case .trafficAccident: N_("Traffic accident")
        }
    }

    /// The plan's heading in the source, accepted on the command line beside the raw value.
    public var chineseName: String {
        switch self {
        case .fire: "防火预案"
        case .foodPoisoning: "防食物中毒预案"
        case .outingSafety: "外出活动安全预案"
        case .suddenIllness: "突发病情应急预案"
        case .psychiatricCrisis: "精神疾病突发预案"
        case .trafficAccident: "交通事故应急预案"
        }
    }

    /// Parses a raw value or the Chinese name.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let kind = EmergencyPlanKind(rawValue: t) { self = kind; return }
        guard let kind = EmergencyPlanKind.allCases.first(where: { $0.chineseName == t }) else { return nil }
        self = kind
    }
}
