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
    /// A client (服务对象; INTAKE-01).
    public static let client = ProtectedRecordKind("client")
    /// An intake record (接案; INTAKE-03).
    public static let intake = ProtectedRecordKind("intake")
    /// A case file (个案; CASE-01).
    public static let caseFile = ProtectedRecordKind("caseFile")
    /// A consultation (咨询; CONS-01) and a visit (探访; CONS-02).
    public static let consultation = ProtectedRecordKind("consultation")
    public static let visit = ProtectedRecordKind("visit")

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
