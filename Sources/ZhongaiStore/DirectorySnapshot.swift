import ZhongaiDomain

/// What the 人员与服务点 view shows, read in one transaction: active and inactive alike, so the view filters.
public struct DirectorySnapshot: Equatable, Sendable {
    public var workers: [Worker]
    public var towns: [Town]
    /// The kind (街道, 镇, 功能区) of each town, by town id.
    public var townKinds: [Int64: TownKind]
    public var servicePoints: [ServicePoint]
    public var sectors: [Sector]
    public var postTypes: [PostType]

    public init(workers: [Worker], towns: [Town], townKinds: [Int64: TownKind], servicePoints: [ServicePoint],
                sectors: [Sector], postTypes: [PostType]) {
        self.workers = workers
        self.towns = towns
        self.townKinds = townKinds
        self.servicePoints = servicePoints
        self.sectors = sectors
        self.postTypes = postTypes
    }
}
