/// The record a due item is about, as the section and the identifier that open it.
public struct DueSubject: Equatable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case caseFile
        case programme
        case supervision
        case selectionRound
        case safetyInspection
        case complaint
        case report
        case check
        case employerVisit
        case archiveHandover
        case archiveCheck
        case volunteer
        /// The scheduled backup (no section opens it: the item says what to do).
        case backup
    }

    public var kind: Kind
    /// The record's identifier in its store (a case id, a programme id, a service point id as text…).
    public var id: String

    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }
}
