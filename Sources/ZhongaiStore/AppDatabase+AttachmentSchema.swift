import GRDB

extension AppDatabase {
    /// Attached scans and photos: issue 4.
    static func registerAttachmentMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v7Attachments) { db in
            try db.execute(sql: """
                -- Rule CASE-14 (个案附件): scans and photos attached to a protected record. The bytes are copied into
                -- the database rather than left in a folder beside it: the archive travels, is backed up and is
                -- handed over (CONF-03) whole, as one file; no path can break, and no file can be changed or
                -- read outside the program, past the access policy and the audit log (CONF-02). The attachment
                -- follows the record it belongs to: that record's holder decides who sees it. Append-only: a file
                -- attached in error stays in the archive, as paper would.
                CREATE TABLE attachment (
                    id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                    recordKind TEXT NOT NULL CHECK (recordKind <> ''),
                    recordID TEXT NOT NULL REFERENCES protectedRecord(id),
                    fileName TEXT NOT NULL CHECK (fileName <> '' AND length(CAST(fileName AS BLOB)) <= 255
                                                  AND instr(fileName, '/') = 0 AND instr(fileName, '\\') = 0),
                    mediaType TEXT NOT NULL CHECK (mediaType IN ('application/pdf', 'image/jpeg', 'image/png',
                                                                 'image/tiff', 'image/webp', 'image/heic')),
                    byteCount INTEGER NOT NULL CHECK (byteCount > 0),
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
                    content BLOB NOT NULL,
                    addedBy TEXT NOT NULL REFERENCES worker(code),
                    addedAt TEXT NOT NULL,
                    CHECK (typeof(content) = 'blob' AND length(content) = byteCount)
                );
                CREATE INDEX attachment_record ON attachment(recordID, addedAt);
                CREATE TRIGGER attachment_belongs_to_its_record BEFORE INSERT ON attachment
                    WHEN NEW.recordKind IS NOT (SELECT kind FROM protectedRecord WHERE id = NEW.recordID)
                    BEGIN SELECT RAISE(ABORT, 'CASE-14: an attachment names the kind of the record it belongs to'); END;
                CREATE TRIGGER attachment_never_updated BEFORE UPDATE ON attachment
                    BEGIN SELECT RAISE(ABORT, 'CASE-14: an attached file is never changed'); END;
                CREATE TRIGGER attachment_never_deleted BEFORE DELETE ON attachment
                    BEGIN SELECT RAISE(ABORT, 'CASE-14: an attached file is never deleted outside a logged destruction'); END;
                """)
        }
    }
}
