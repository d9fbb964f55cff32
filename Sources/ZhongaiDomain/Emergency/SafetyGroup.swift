/// The safety group (安全领导小组) of one service point (EMG-01): 组长 = 理事长, 副组长 = 副理事长, 组员 = the
/// centre's administrative staff (行政人事部), 后勤 = the service point's team leader (服务点组长), each post with a
/// deputy. Posts nobody was assigned to here are filled from the directory by those rules; the team leader is not in
/// the directory and must be assigned.
public struct SafetyGroup: Equatable, Codable, Sendable {
    public var servicePointID: Int64
    public var servicePointName: String
    public var members: [SafetyGroupMember]

    public init(servicePointID: Int64, servicePointName: String, members: [SafetyGroupMember]) {
        self.servicePointID = servicePointID
        self.servicePointName = servicePointName
        self.members = members
    }

    /// The holders of `role` (deputies excluded).
    public func holders(of role: SafetyRole) -> [SafetyGroupMember] {
        members.filter { $0.role == role && !$0.isDeputy }
    }

    /// The deputies of `role`.
    public func deputies(of role: SafetyRole) -> [SafetyGroupMember] {
        members.filter { $0.role == role && $0.isDeputy }
    }

    /// Everyone listed for `role`, holders first.
    public func people(for role: SafetyRole) -> [SafetyGroupMember] { holders(of: role) + deputies(of: role) }

    /// Rule EMG-01: the posts with nobody holding them, and those with no deputy.
    public var unfilledPosts: [SafetyRole] { SafetyRole.groupPosts.filter { holders(of: $0).isEmpty } }
    public var postsWithoutDeputy: [SafetyRole] { SafetyRole.groupPosts.filter { deputies(of: $0).isEmpty } }

    /// Whether `workerCode` holds or deputises a post of the group.
    public func contains(_ workerCode: String) -> Bool { members.contains { $0.workerCode == workerCode } }

    /// Whether `workerCode` may submit an event's report (EMG-03): the 组长 or a deputy of the 组长, or the 副组长.
    public func maySubmitReport(_ workerCode: String) -> Bool {
        members.contains { $0.workerCode == workerCode && ($0.role == .leader || $0.role == .deputyLeader) }
    }
}
