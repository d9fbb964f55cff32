/// Thrown when a client being entered matches clients already on file (that the worker may see): the interface
/// offers to open one of them instead, or, for a match on name and phone only, to enter the client anyway.
public struct PossibleDuplicateClients: Error, Equatable, Sendable, CustomStringConvertible {
    public var duplicates: [ClientDuplicate]

    public init(duplicates: [ClientDuplicate]) {
        self.duplicates = duplicates
    }

    /// A match on the ID number is the same person for certain: entering the client anyway is not offered.
    public var isCertain: Bool { duplicates.contains { $0.reason == .sameIDNumber } }

    public var description: String {
        "possible duplicate clients: " + duplicates.map { "\($0.client.id) (\($0.reason.rawValue))" }
            .joined(separator: ", ")
    }
}
