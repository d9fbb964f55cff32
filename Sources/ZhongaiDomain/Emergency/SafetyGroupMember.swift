/// One person holding a post of a service point's safety group (EMG-01), as the checklist shows them: with their
/// phone, as the post's holder or its deputy.
public struct SafetyGroupMember: Equatable, Codable, Sendable {
    public var role: SafetyRole
    public var workerCode: String
    public var workerName: String
    public var phone: String?
    /// Stands in when the holders of the post are not there.
    public var isDeputy: Bool
    /// Drawn from the directory (理事长, 副理事长, 行政人事部) because nobody was assigned to the post here.
    public var isDefault: Bool

    public init(role: SafetyRole, workerCode: String, workerName: String, phone: String? = nil, isDeputy: Bool = false,
                isDefault: Bool = false) {
        self.role = role
        self.workerCode = workerCode
        self.workerName = workerName
        self.phone = phone
        self.isDeputy = isDeputy
        self.isDefault = isDefault
    }
}
