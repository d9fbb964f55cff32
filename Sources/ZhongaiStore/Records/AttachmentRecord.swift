import Foundation
import GRDB
import ZhongaiDomain

/// A row of `attachment`: a scan or photo with its bytes (CASE-14).
struct AttachmentRecord: Codable, PersistableRecord {
    static let databaseTableName = "attachment"

    /// Every column but the bytes: what lists and access checks read, so that a list does not load the files.
    static let summaryColumns = "id, recordKind, recordID, fileName, mediaType, byteCount, sha256, addedBy, addedAt"

    var id: String
    var recordKind: String
    var recordID: String
    var fileName: String
    var mediaType: String
    var byteCount: Int
    var sha256: String
    var content: Data
    var addedBy: String
    var addedAt: String

    init(id: String, record: ProtectedRecordRef, checked: CheckedAttachment, content: Data, sha256: String,
         addedBy: String, addedAt: Date) {
        self.id = id
        recordKind = record.kind.rawValue
        recordID = record.id
        fileName = checked.fileName
        mediaType = checked.mediaType.rawValue
        byteCount = checked.byteCount
        self.sha256 = sha256
        self.content = content
        self.addedBy = addedBy
        self.addedAt = AuditTimestamp.format(addedAt)
    }

    var summary: AttachmentSummary {
        // Both were written from these values a moment ago.
        AttachmentSummary(id: id, record: ProtectedRecordRef(kind: ProtectedRecordKind(recordKind), id: recordID),
                          fileName: fileName, mediaType: AttachmentMediaType(rawValue: mediaType)!,
                          byteCount: byteCount, sha256: sha256, addedBy: addedBy,
                          addedAt: AuditTimestamp.parse(addedAt)!)
    }

    /// A summary from a row of `summaryColumns`; nil for a media type this version does not know (written by a
    /// newer one).
    static func summary(_ row: Row) -> AttachmentSummary? {
        guard let mediaType = AttachmentMediaType(rawValue: row["mediaType"]) else { return nil }
        let addedAt: String = row["addedAt"]
        return AttachmentSummary(id: row["id"],
                                 record: ProtectedRecordRef(kind: ProtectedRecordKind(row["recordKind"] as String),
                                                            id: row["recordID"]),
                                 fileName: row["fileName"], mediaType: mediaType, byteCount: row["byteCount"],
                                 sha256: row["sha256"], addedBy: row["addedBy"],
                                 addedAt: AuditTimestamp.parse(addedAt) ?? .distantPast)
    }
}
