/// Rules CMP-01, FB-01: how an opinion or complaint reached the centre: the complaint line and letters of
/// 意见收集及投诉处理制度 第二、四条, and the feedback channels of 基本服务制度 第十七条 (during service, after service
/// by scale or interview, a phone call before archiving, the 服务评估表).
public enum ComplaintChannel: String, CaseIterable, Codable, Sendable {
    case phone
    case inPerson
    case letter
    case suggestionBox
    case online
    case duringService
    case afterService
    case evaluationForm

    /// English msgid.
    public var title: String {
        switch self {
        case .phone: N_("Phone")
        case .inPerson: N_("In person")
        case .letter: N_("Letter or in writing")
        case .suggestionBox: N_("Suggestion box")
        case .online: N_("Online or WeChat")
        case .duringService: N_("During service")
        case .afterService: N_("After service (scale, interview)")
        case .evaluationForm: N_("Service evaluation form")
        }
    }

    public var chineseName: String {
        switch self {
        case .phone: "电话"
        case .inPerson: "来访"
        case .letter: "书面/信件"
        case .suggestionBox: "意见箱"
        case .online: "网络/微信"
        case .duringService: "服务过程中"
        case .afterService: "服务结束后"
        case .evaluationForm: "服务评估表"
        }
    }

    /// The raw value or the Chinese name, as typed on the command line.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces)
        guard let found = Self.allCases.first(where: { $0.rawValue == key || $0.chineseName == key }) else { return nil }
        self = found
    }
}
