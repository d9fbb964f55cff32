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
