import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    // MARK: Archive checks and destruction (CONF-05)

    /// Rule CONF-05: 服务部 records a quarterly check or a yearly inventory with its findings.
    public func recordArchiveCheck(_ kind: ArchiveCheckKind, checkedOn: CalendarDate, findings: String,
                                   as session: Session, at now: Date = Date()) throws -> ArchiveCheck {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try AppDatabase.requireArchiveCustody(context, rule: "CONF-05")
            let text = findings.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else {
                throw ValidationError(field: N_("Findings"), N_("say what the check found"), rule: "CONF-05")
            }
            guard checkedOn <= CalendarDate.today(now: now) else {
                throw ValidationError(field: N_("Checked on"), N_("%@ is in the future"), checkedOn.description,
                                      rule: "CONF-05")
            }
            try db.execute(sql: """
                INSERT INTO archiveCheck (kind, checkedOn, checkedBy, findings, recordedAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [kind.rawValue, checkedOn.description, context.actor.workerCode, text,
                                 AuditTimestamp.format(now)])
            let id = db.lastInsertedRowID
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        record: ProtectedRecordRef(kind: .archive, id: "check-\(id)"),
                                        detail: "CONF-05 \(kind.rawValue) on \(checkedOn): \(text)")
            return ArchiveCheck(id: id, kind: kind, checkedOn: checkedOn, checkedBy: context.actor.workerCode,
                                findings: text)
        }
    }

    /// The checks recorded, newest first, for 服务部 and the centre's leaders.
    public func archiveChecks(as session: Session, at now: Date = Date()) throws -> [ArchiveCheck] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try AppDatabase.requireArchiveReader(context)
            let checks = try Row.fetchAll(db, sql: "SELECT * FROM archiveCheck ORDER BY checkedOn DESC, id DESC").map { row in
                ArchiveCheck(id: row["id"], kind: ArchiveCheckKind(rawValue: row["kind"]) ?? .quarterlyCheck,
                             checkedOn: try AppDatabase.date(row["checkedOn"])!, checkedBy: row["checkedBy"], findings: row["findings"])
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "CONF-05 archive checks: \(checks.count) shown")
            return checks
        }
    }

    /// Rule CONF-05: the archived records received more than `archive.destruction_interval_years` before today, not
    /// destroyed, not lent out and in no batch waiting for the chair: what a new batch would hold.
    public func destructionCandidates(as session: Session, at now: Date = Date()) throws -> [ArchivedRecord] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try AppDatabase.requireArchiveReader(context)
            let records = try AppDatabase.destructionCandidates(db, today: CalendarDate.today(now: now))
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "CONF-05 destruction candidates: \(records.count) shown")
            return records
        }
    }

    /// Rule CONF-05: 服务部 proposes a batch of every candidate; one batch waits for the chair at a time.
    public func proposeDestruction(as session: Session, at now: Date = Date()) throws -> ArchiveDestructionBatch {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try AppDatabase.requireArchiveCustody(context, rule: "CONF-05")
            if let waiting = try Int64.fetchOne(db, sql: "SELECT id FROM archiveDestruction WHERE confirmedAt IS NULL") {
                throw ValidationError(field: N_("Destruction"), N_("batch %@ is still waiting for the chair"),
                                      String(waiting), rule: "CONF-05")
            }
            let today = CalendarDate.today(now: now)
            let records = try AppDatabase.destructionCandidates(db, today: today)
            guard !records.isEmpty else {
                throw ValidationError(field: N_("Destruction"), N_("no archived material is old enough to destroy"),
                                      rule: "CONF-05")
            }
            let policy = try Policy(entries: try AppDatabase.fetchPolicyEntries(db))
            let before = today.adding(months: -12 * policy.archiveDestructionIntervalYears)
            try db.execute(sql: "INSERT INTO archiveDestruction (receivedBefore, proposedBy, proposedAt) VALUES (?, ?, ?)",
                           arguments: [before.description, context.actor.workerCode, AuditTimestamp.format(now)])
            let id = db.lastInsertedRowID
            for record in records {
                try db.execute(sql: "INSERT INTO archiveDestructionItem (destructionID, listID, recordID) VALUES (?, ?, ?)",
                               arguments: [id, record.listID, record.line.recordID])
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        record: ProtectedRecordRef(kind: .archive, id: "destruction-\(id)"),
                                        detail: "CONF-05 destruction batch \(id) proposed: "
                                            + records.map(\.line.code).joined(separator: ", "))
            return try AppDatabase.fetchDestructionBatch(db, id: id)!
        }
    }

    /// Rule CONF-05: the chair (理事长) confirms a batch: its paper material is marked destroyed, one audit row per
    /// record. The electronic records are kept: the database never deletes them.
    public func confirmDestruction(_ batchID: Int64, as session: Session, at now: Date = Date()) throws
        -> ArchiveDestructionBatch {
        try accessTransaction(session, action: .view, at: now) { db, context in
            guard context.actor.role == .chair else {
                throw ValidationError(field: N_("Destruction"), N_("only the chair confirms a destruction batch"),
                                      rule: "CONF-05")
            }
            guard let batch = try AppDatabase.fetchDestructionBatch(db, id: batchID), !batch.isConfirmed else {
                throw ValidationError(field: N_("Destruction"), N_("no batch %@ waits for confirmation"),
                                      String(batchID), rule: "CONF-05")
            }
            try db.execute(sql: "UPDATE archiveDestruction SET confirmedBy = ?, confirmedAt = ? WHERE id = ?",
                           arguments: [context.actor.workerCode, AuditTimestamp.format(now), batchID])
            for record in batch.records {
                try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                            record: ProtectedRecordRef(kind: record.line.kind.recordKind,
                                                                       id: record.line.recordID),
                                            detail: "CONF-05 destruction batch \(batchID): paper file \(record.line.code) "
                                                + "destroyed; the electronic record is kept")
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .approve,
                                        record: ProtectedRecordRef(kind: .archive, id: "destruction-\(batchID)"),
                                        detail: "CONF-05 destruction batch \(batchID) confirmed: \(batch.records.count) records")
            return try AppDatabase.fetchDestructionBatch(db, id: batchID)!
        }
    }

    /// The batches, newest first, for 服务部 and the centre's leaders.
    public func destructionBatches(as session: Session, at now: Date = Date()) throws -> [ArchiveDestructionBatch] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try AppDatabase.requireArchiveReader(context)
            let batches = try Int64.fetchAll(db, sql: "SELECT id FROM archiveDestruction ORDER BY id DESC")
                .compactMap { try AppDatabase.fetchDestructionBatch(db, id: $0) }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "CONF-05 destruction batches: \(batches.count) shown")
            return batches
        }
    }

    static func destructionCandidates(_ db: Database, today: CalendarDate) throws -> [ArchivedRecord] {
        let schedule = ArchiveSchedule(policy: try Policy(entries: try fetchPolicyEntries(db)))
        return try fetchArchivedRecords(db, where: """
            NOT EXISTS (SELECT 1 FROM archiveDestructionItem di WHERE di.recordID = i.recordID)
            """).filter { $0.loanID == nil && schedule.isDueForDestruction(receivedOn: $0.receivedOn, today: today) }
    }

    static func fetchDestructionBatch(_ db: Database, id: Int64) throws -> ArchiveDestructionBatch? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM archiveDestruction WHERE id = ?", arguments: [id])
        else { return nil }
        let records = try fetchArchivedRecords(db, where: """
            EXISTS (SELECT 1 FROM archiveDestructionItem di WHERE di.destructionID = ? AND di.recordID = i.recordID
                                                               AND di.listID = i.listID)
            """, arguments: [id])
        return ArchiveDestructionBatch(id: id, receivedBefore: try date(row["receivedBefore"])!,
                                       proposedBy: row["proposedBy"],
                                       proposedAt: AuditTimestamp.parse(row["proposedAt"]) ?? Date(timeIntervalSince1970: 0),
                                       confirmedBy: row["confirmedBy"],
                                       confirmedAt: (row["confirmedAt"] as String?).flatMap(AuditTimestamp.parse),
                                       records: records)
    }
}
