import Foundation

/// One line of a programme's archive checklist (GRP-08): the document, and who ticked it and when.
public struct ProgrammeArchiveItem: Equatable, Codable, Sendable {
    public var document: ProgrammeArchiveDocument
    public var tickedBy: String?
    public var tickedAt: Date?

    public init(document: ProgrammeArchiveDocument, tickedBy: String? = nil, tickedAt: Date? = nil) {
        self.document = document
        self.tickedBy = tickedBy
        self.tickedAt = tickedAt
    }

    public var isTicked: Bool { tickedBy != nil }
}
