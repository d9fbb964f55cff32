import Foundation

/// 附件: a scan or photo attached to a protected record (CASE-14), as lists show it: everything but the bytes,
/// which `AppDatabase.attachmentData` hands out, logged.
public struct AttachmentSummary: Equatable, Sendable {
    public var id: String
    /// The record the file belongs to; who may see it is decided on that record.
    public var record: ProtectedRecordRef
    public var fileName: String
    public var mediaType: AttachmentMediaType
    public var byteCount: Int
    /// SHA-256 of the bytes, as 64 lowercase hex digits: the file is the one attached, bit for bit.
    public var sha256: String
    public var addedBy: String
    public var addedAt: Date

    public init(id: String, record: ProtectedRecordRef, fileName: String, mediaType: AttachmentMediaType,
                byteCount: Int, sha256: String, addedBy: String, addedAt: Date) {
        self.id = id
        self.record = record
        self.fileName = fileName
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.sha256 = sha256
        self.addedBy = addedBy
        self.addedAt = addedAt
    }
}
