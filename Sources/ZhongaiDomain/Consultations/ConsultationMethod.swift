/// How a consultation contact took place.
public enum ConsultationMethod: String, CaseIterable, Codable, Sendable {
    /// 面谈
    case interview
    /// 电话
    case phone
    /// 网络 (WeChat, video)
    case online
    /// 家访
    case homeVisit

    /// English msgid of the method's name.
    public var title: String {
        switch self {
        case .interview: N_("Interview")
        case .phone: N_("Phone")
        case .online: N_("Online")
        case .homeVisit: N_("Home visit")
        }
    }
}
