/// Rule CHK-05: whom the centre visits, as 拜访用人单位制度 names them: the chair or vice-chair visits the health
/// bureau's liaison, the towns' social affairs bureaus, the disabled persons' federation, justice and project leads
/// once a quarter (一); 行政人事部 visits each town post's department head every two months (二).
public enum VisitTargetKind: String, CaseIterable, Codable, Sendable {
    case healthBureau
    case townSocialAffairs
    case disabledPersonsFederation
    case justice
    case projectLead
    case townPostDepartment

    /// English msgid.
    public var title: String {
        switch self {
        case .healthBureau: N_("Health bureau liaison")
        case .townSocialAffairs: N_("Town social affairs bureau")
        case .disabledPersonsFederation: N_("Disabled persons' federation")
        case .justice: N_("Justice")
        case .projectLead: N_("Project lead")
        case .townPostDepartment: N_("Town post department head")
        }
    }

    public var chineseName: String {
        switch self {
        case .healthBureau: "卫生局联络人"
        case .townSocialAffairs: "镇街社会事务局"
        case .disabledPersonsFederation: "残联"
        case .justice: "司法"
        case .projectLead: "项目负责人"
        case .townPostDepartment: "镇街岗位部门负责人"
        }
    }

    /// The raw value or the Chinese name, as typed on the command line.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces)
        guard let found = Self.allCases.first(where: { $0.rawValue == key || $0.chineseName == key }) else { return nil }
        self = found
    }

    /// Whose visit it is: the chair or vice-chair (一), or 行政人事部 (二).
    public var visitorRoles: Set<Role> {
        self == .townPostDepartment ? [.adminHR] : [.chair, .viceChair]
    }

    /// The role that owes the visit on the due board.
    public var owingRole: Role { self == .townPostDepartment ? .adminHR : .chair }

    /// The policy value of the interval between visits.
    public var intervalKey: PolicyKey {
        self == .townPostDepartment ? .adminHRVisitIntervalMonths : .chairVisitIntervalMonths
    }

    /// The source's clause, as the due board shows it.
    public var clause: String {
        self == .townPostDepartment
            ? "拜访用人单位制度 二（行政人事部每两月须拜访各镇街岗位部门负责人一次）"
            : "拜访用人单位制度 一（理事长/副理事长每一季度须拜访……负责人一次）"
    }

    /// Rule CHK-05: the next visit is due `interval` months after the last; a target never visited is due at once.
    public func nextVisitDue(lastVisitedOn: CalendarDate?, policy: Policy, today: CalendarDate) -> CalendarDate {
        lastVisitedOn?.adding(months: policy.int(intervalKey)) ?? today
    }
}
