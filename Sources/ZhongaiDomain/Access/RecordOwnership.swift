/// Who holds a protected record and where it was served: what the access policy reads to decide a scope.
public struct RecordOwnership: Hashable, Codable, Sendable {
    /// Code of the worker who holds the record (CONF-03: 服务部 after a handover).
    public var holderCode: String
    public var servicePointID: Int64?

    public init(holderCode: String, servicePointID: Int64?) {
        self.holderCode = holderCode
        self.servicePointID = servicePointID
    }
}
