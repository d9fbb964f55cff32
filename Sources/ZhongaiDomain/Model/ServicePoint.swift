/// 服务点: a post of the centre in a town and sector, with the employer unit (用人单位) that buys the service.
public struct ServicePoint: Equatable, Codable, Sendable {
    public var id: Int64?
    public var name: String
    public var townID: Int64
    public var sectorCode: String
    public var employerUnit: String
    public var isActive: Bool

    public init(id: Int64? = nil, name: String, townID: Int64, sectorCode: String, employerUnit: String, isActive: Bool = true) {
        self.id = id
        self.name = name
        self.townID = townID
        self.sectorCode = sectorCode
        self.employerUnit = employerUnit
        self.isActive = isActive
    }
}
