import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Rule CASE-14: attaches a scan or photo to a protected record (a consent, a client, a case file…). Needs
    /// `edit` on the record; logged as `attachmentAdded`. The file is checked first (`AttachmentRules`: its kind
    /// by content, programs refused, the policy's size limit), then copied into the database with its SHA-256.
    @discardableResult
    public func attach(fileName: String, data: Data, to record: ProtectedRecordRef, as session: Session,
                       at now: Date = Date()) throws -> AttachmentSummary {
        let checked = try AttachmentRules(policy: policy()).check(fileName: fileName, data: data)
        let fingerprint = Crypto.sha256Hex(data)
        return try accessTransaction(session, action: .edit, record: record, at: now) { db, context in
            try context.authorize(db, .edit, record)
            let row = AttachmentRecord(id: Crypto.newRecordID(), record: record, checked: checked, content: data,
                                       sha256: fingerprint, addedBy: context.actor.workerCode, addedAt: now)
            try row.insert(db)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .attachmentAdded,
                                        record: record,
                                        detail: "attachment \(row.id): \(row.fileName), \(row.mediaType), "
                                            + "\(row.byteCount) bytes, sha256 \(fingerprint)")
            return row.summary
        }
    }

    /// The files attached to `record`, oldest first, without their bytes. Needs `view` on the record; the look is
    /// logged as one `list` row naming the record.
    public func attachments(of record: ProtectedRecordRef, as session: Session, at now: Date = Date()) throws
        -> [AttachmentSummary] {
        try accessTransaction(session, action: .view, record: record, at: now) { db, context in
            try context.authorize(db, .view, record)
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(AttachmentRecord.summaryColumns) FROM attachment
                WHERE recordID = ? AND recordKind = ? ORDER BY addedAt, rowid
                """, arguments: [record.id, record.kind.rawValue])
            let attachments = rows.compactMap(AttachmentRecord.summary)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list, record: record,
                                        detail: "attachments: \(attachments.count) shown")
            return attachments
        }
    }

    /// The bytes of one attached file, to `view` it (the default), or to `export` or `print` it (CONF-02: every
    /// access is logged, under the record it belongs to). Checked against that record; an id that does not exist
    /// is refused like a record outside the session's scopes. Refuses bytes that no longer match their SHA-256.
    public func attachmentData(id: String, as session: Session, for action: AccessAction = .view,
                               at now: Date = Date()) throws -> Data {
        guard action == .view || action == .export || action == .print, let logged = AuditAction(recordAction: action)
        else {
            throw ValidationError(field: N_("Action"), N_("an attachment is read to view, export or print it, not to %@"),
                                  action.title)
        }
        let asked = ProtectedRecordRef(kind: .attachment, id: id)
        return try accessTransaction(session, action: action, record: asked, at: now) { db, context in
            guard let summary = try Row.fetchOne(db, sql: """
                SELECT \(AttachmentRecord.summaryColumns) FROM attachment WHERE id = ?
                """, arguments: [id]).flatMap(AttachmentRecord.summary) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: action, record: asked,
                                   reason: .noSuchRecord)
            }
            try context.authorize(db, action, summary.record)
            // Issue 9 item 4: the bytes live in the database, so a "missing" attachment is a row whose bytes were
            // emptied, cut or changed behind the program's back (another tool, a damaged page). It is refused by
            // name, with nothing logged or written, instead of being handed out or trapping.
            let content = try Data.fetchOne(db, sql: "SELECT content FROM attachment WHERE id = ?", arguments: [id])
            guard let content, content.count == summary.byteCount, Crypto.sha256Hex(content) == summary.sha256 else {
                throw ValidationError(field: N_("Attachment"),
                                      N_("the attached file “%@” of %@ is missing or damaged: its bytes no longer match their SHA-256 fingerprint; restore it from a backup"),
                                      summary.fileName, try AppDatabase.attachmentOwnerName(db, summary.record),
                                      rule: "CASE-14")
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: logged,
                                        record: summary.record, detail: "attachment \(id): \(summary.fileName)")
            return content
        }
    }

    /// How a message names the record an attachment belongs to: a case file by its archive code, others by id.
    private static func attachmentOwnerName(_ db: Database, _ record: ProtectedRecordRef) throws -> String {
        if record.kind == .caseFile,
           let code = try String.fetchOne(db, sql: "SELECT code FROM caseFile WHERE id = ?", arguments: [record.id]) {
            return code
        }
        return record.id
    }
}
