/// One line of a case's archive checklist.
public struct ArchiveChecklistItem: Equatable, Codable, Sendable {
    public var kind: ArchiveDocumentKind
    public var status: ArchiveDocumentStatus

    public init(kind: ArchiveDocumentKind, status: ArchiveDocumentStatus) {
        self.kind = kind
        self.status = status
    }
}
