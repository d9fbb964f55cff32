/// A member of staff: frontline worker, supervisor, administrator… (人员). Rule ROLE-01.
public struct Worker: Equatable, Codable, Sendable {
    /// The worker's archive initials (ARC-06), unique among colleagues and never changed once issued.
    public var code: String
    public var name: String
    public var role: Role
    /// Code of the worker's supervisor in the supervision chain, if any.
    public var supervisorCode: String?
    public var servicePointID: Int64?
    /// Raw value of the post type (IND-01), if the worker holds a post with annual targets.
    public var postType: String?
    public var phone: String?
    public var isActive: Bool

    public init(code: String, name: String, role: Role, supervisorCode: String? = nil, servicePointID: Int64? = nil,
                postType: String? = nil, phone: String? = nil, isActive: Bool = true) {
        self.code = code
        self.name = name
        self.role = role
        self.supervisorCode = supervisorCode
        self.servicePointID = servicePointID
        self.postType = postType
        self.phone = phone
        self.isActive = isActive
    }
}
