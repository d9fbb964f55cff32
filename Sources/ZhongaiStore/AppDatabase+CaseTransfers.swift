import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    /// Asks `receiverCode` to take over an open case (`edit` on it); nothing moves until the receiver accepts.
    /// Refuses a receiver who is unknown, inactive or already the holder, and a second transfer while one waits.
    /// Logged.
    @discardableResult
    public func requestTransfer(caseID: String, to receiverCode: String, as session: Session, at now: Date = Date())
        throws -> CaseTransfer {
        let ref = ProtectedRecordRef(kind: .caseFile, id: caseID)
        return try accessTransaction(session, action: .edit, record: ref, at: now) { db, context in
            let caseFile = try AppDatabase.requireCase(db, id: caseID, context: context, for: .edit)
            try AppDatabase.requireOpen(caseFile, field: N_("Transfer"))
            let receiver = try AppDatabase.requireActiveHolder(db, code: receiverCode)
            guard receiver.code != caseFile.holderCode else {
                throw ValidationError(field: N_("Receiver"), N_("%@ already holds case %@"), receiver.code,
                                      caseFile.code)
            }
            if try AppDatabase.fetchTransfers(db, caseID: caseID).contains(where: \.isPending) {
                throw ValidationError(field: N_("Transfer"), N_("case %@ already waits for a receiver to accept it"),
                                      caseFile.code)
            }
            let id = Crypto.newRecordID()
            try db.execute(sql: """
                INSERT INTO caseTransfer (id, caseID, fromCode, toCode, requestedBy, requestedAt)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, caseID, caseFile.holderCode, receiver.code, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .transferRequested,
                                        record: ref, detail: "\(caseFile.holderCode) → \(receiver.code)")
            return try AppDatabase.fetchTransfers(db, caseID: caseID).first { $0.id == id }!
        }
    }

    /// The receiver accepts a waiting transfer: the case and its intake are then held by them (protectedRecord),
    /// at the same service point. Only the receiver accepts; logged.
    @discardableResult
    public func acceptTransfer(id: String, as session: Session, at now: Date = Date()) throws -> CaseTransfer {
        try accessTransaction(session, action: .edit, at: now) { db, context in
            guard let row = try Row.fetchOne(db, sql: "SELECT caseID FROM caseTransfer WHERE id = ?", arguments: [id]),
                  let transfer = try AppDatabase.fetchTransfers(db, caseID: row["caseID"]).first(where: { $0.id == id }),
                  transfer.toCode == context.actor.workerCode else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .edit, record: nil,
                                   reason: .noSuchRecord)
            }
            guard transfer.isPending else {
                throw ValidationError(field: N_("Transfer"), N_("was already accepted"))
            }
            // Exists: the transfer refers to it.
            let caseFile = try AppDatabase.fetchCaseFile(db, id: transfer.caseID)!
            try AppDatabase.requireOpen(caseFile, field: N_("Transfer"))
            try db.execute(sql: "UPDATE caseTransfer SET acceptedAt = ? WHERE id = ?",
                           arguments: [AuditTimestamp.format(now), id])
            try db.execute(sql: "UPDATE protectedRecord SET holderCode = ? WHERE id IN (?, ?)",
                           arguments: [transfer.toCode, caseFile.id, caseFile.intakeID])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .transferAccepted,
                                        record: caseFile.ref, detail: "\(transfer.fromCode) → \(transfer.toCode)")
            return try AppDatabase.fetchTransfers(db, caseID: caseFile.id).first { $0.id == id }!
        }
    }

    /// The transfers waiting for the signed-in worker to accept them.
    public func pendingTransfers(as session: Session, at now: Date = Date()) throws -> [CaseTransfer] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try Row.fetchAll(db, sql: """
                SELECT * FROM caseTransfer WHERE toCode = ? AND acceptedAt IS NULL ORDER BY requestedAt
                """, arguments: [context.actor.workerCode]).map(AppDatabase.caseTransfer)
        }
    }

    static func fetchTransfers(_ db: Database, caseID: String) throws -> [CaseTransfer] {
        try Row.fetchAll(db, sql: "SELECT * FROM caseTransfer WHERE caseID = ? ORDER BY requestedAt, rowid",
                         arguments: [caseID]).map(caseTransfer)
    }

    private static func caseTransfer(_ row: Row) -> CaseTransfer {
        CaseTransfer(id: row["id"], caseID: row["caseID"], fromCode: row["fromCode"], toCode: row["toCode"],
                     requestedBy: row["requestedBy"], requestedAt: storedTime(row["requestedAt"]),
                     acceptedAt: (row["acceptedAt"] as String?).map(storedTime))
    }

    /// A time this program stored with `AuditTimestamp.format`.
    static func storedTime(_ text: String) -> Date {
        // Written by AuditTimestamp.format, so it parses; the epoch would only show a row edited by hand.
        AuditTimestamp.parse(text) ?? Date(timeIntervalSince1970: 0)
    }
}
