/// How a service contact was made (介入 4.1, 4.2).
public enum ServiceMethod: String, CaseIterable, Codable, Sendable {
    /// 面谈
    case interview
    /// 家访
    case homeVisit
    /// 电话
    case phone
    /// 网络/微信
    case online
    /// 陪同/转介资源
    case accompaniment
    /// 与相关方协调 (indirect work: family, school, agencies)
    case liaison

    /// English msgid.
    public var title: String {
        switch self {
        case .interview: N_("Interview")
        case .homeVisit: N_("Home visit")
        case .phone: N_("Phone")
        case .online: N_("Online")
        case .accompaniment: N_("Accompaniment")
        case .liaison: N_("Liaison with others")
        }
    }
}
