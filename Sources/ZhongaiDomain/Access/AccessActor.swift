/// The worker who acts, as the access policy sees them: code, current role and service point.
public struct AccessActor: Hashable, Sendable {
    public var workerCode: String
    public var role: Role
    public var servicePointID: Int64?

    public init(workerCode: String, role: Role, servicePointID: Int64?) {
        self.workerCode = workerCode
        self.role = role
        self.servicePointID = servicePointID
    }
}
