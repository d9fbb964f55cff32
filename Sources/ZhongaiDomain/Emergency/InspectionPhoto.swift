import Foundation

/// A photo taken during an inspection (CHK-04), kept in the database like a case's scans (checked by its content,
/// within `attachment.max_megabytes`), on one item or the inspection as a whole. The bytes are read separately.
public struct InspectionPhoto: Equatable, Codable, Sendable {
    public var id: Int64
    public var item: InspectionItem?
    public var fileName: String
    public var mediaType: String
    public var byteCount: Int
    public var addedBy: String
    public var addedAt: Date

    public init(id: Int64, item: InspectionItem?, fileName: String, mediaType: String, byteCount: Int, addedBy: String,
                addedAt: Date) {
        self.id = id
        self.item = item
        self.fileName = fileName
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.addedBy = addedBy
        self.addedAt = addedAt
    }
}
