/// The kind of a protected record. Extensible: the clients and case files of later issues add their own kinds.
public struct ProtectedRecordKind: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// A consent record (接受个案服务同意书; CASE-04, CONF-01).
    public static let consent = ProtectedRecordKind("consent")

    /// Subjects of audit rows that are not protected records (never registered as such, so no record action is
    /// ever allowed on them): a worker's account or role, a policy value, the permission table, a town (by its
    /// row id: name and code may change), a service point (by its id).
    public static let worker = ProtectedRecordKind("worker")
    public static let policyValue = ProtectedRecordKind("policy")
    public static let town = ProtectedRecordKind("town")
    public static let servicePoint = ProtectedRecordKind("servicePoint")
    /// The archive codes of one worker (the id is the worker's code): what issuing a code is checked against and
    /// logged under, since a code opens a piece of work held by that worker.
    public static let archiveCodes = ProtectedRecordKind("archiveCode")

    public var description: String { rawValue }
}
