import ZhongaiDomain

/// A service point's safety group as `emergency group --json` prints it (EMG-01).
struct EmergencySafetyGroupRow: Encodable {
    struct Member: Encodable {
        let role: String
        let roleName: String
        let workerCode: String
        let workerName: String
        let phone: String?
        let isDeputy: Bool
        let isDefault: Bool
    }

    let servicePointID: Int64
    let servicePointName: String
    let members: [Member]
    let unfilledPosts: [String]

    init(_ group: SafetyGroup) {
        servicePointID = group.servicePointID
        servicePointName = group.servicePointName
        members = group.members.map {
            Member(role: $0.role.rawValue, roleName: $0.role.chineseName, workerCode: $0.workerCode,
                   workerName: $0.workerName, phone: $0.phone, isDeputy: $0.isDeputy, isDefault: $0.isDefault)
        }
        unfilledPosts = group.unfilledPosts.map(\.rawValue)
    }
}
