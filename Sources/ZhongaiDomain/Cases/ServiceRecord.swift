/// A stored service record of a case.
public struct ServiceRecord: Equatable, Codable, Sendable {
    public var id: String
    public var content: ServiceRecordDraft
    public var recordedBy: String

    public init(id: String, content: ServiceRecordDraft, recordedBy: String) {
        self.id = id
        self.content = content
        self.recordedBy = recordedBy
    }
}
