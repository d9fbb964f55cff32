/// 服务途径: how the client reached the centre (基本服务制度 第四条). Rule INTAKE-02.
public enum AccessRoute: String, CaseIterable, Codable, Sendable {
    /// 服务电话
    case servicePhone
    /// 机构邮箱
    case centreMailbox
    /// 主动申请
    case application
    /// 他人转介
    case referralByPerson
    /// 其他机构转介
    case referralByAgency
    /// 社工家访/走访主动挖掘
    case outreach

    /// English msgid of the route.
    public var title: String {
        switch self {
        case .servicePhone: N_("Service phone line")
        case .centreMailbox: N_("The centre's mailbox")
        case .application: N_("Applied in person")
        case .referralByPerson: N_("Referred by a person")
        case .referralByAgency: N_("Referred by another agency")
        case .outreach: N_("Found on a home visit or outreach")
        }
    }
}
