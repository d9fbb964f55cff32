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

/// A reference to one protected record: its kind and its id (a UUID text, so that offline stations can create
/// records without colliding).
public struct ProtectedRecordRef: Hashable, Codable, Sendable, CustomStringConvertible {
    public var kind: ProtectedRecordKind
    public var id: String

    public init(kind: ProtectedRecordKind, id: String) {
        self.kind = kind
        self.id = id
    }

    public var description: String { "\(kind.rawValue)/\(id)" }
}

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
