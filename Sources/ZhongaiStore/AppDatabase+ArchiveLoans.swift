import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    // MARK: Borrowing archived files (CONF-04)

    /// Rule CONF-04: 服务部 lends an archived record (by id or archive code) to `borrowerCode` for `purpose` until
    /// `dueOn`. Only a received record not destroyed and not already lent out can be lent. Logged on the record.
    public func lendArchivedRecord(_ idOrCode: String, to borrowerCode: String, purpose: String, borrowedOn: CalendarDate,
                                   dueOn: CalendarDate, as session: Session, at now: Date = Date()) throws -> ArchiveLoan {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try AppDatabase.requireArchiveCustody(context, rule: "CONF-04")
            let why = try ArchiveLoan.validate(purpose: purpose, borrowedOn: borrowedOn, dueOn: dueOn)
            let key = idOrCode.trimmingCharacters(in: .whitespaces)
            guard let record = try AppDatabase.fetchArchivedRecords(db, where: "(i.recordID = ? OR i.code = ?)",
                                                                    arguments: [key, key]).last else {
                throw ValidationError(field: N_("Record"), N_("%@ is not in the archive: only received records are lent"),
                                      key, rule: "CONF-04")
            }
            guard record.destroyedOn == nil else {
                throw ValidationError(field: N_("Record"), N_("the paper file of %@ was destroyed on %@"),
                                      record.line.code, record.destroyedOn!.description, rule: "CONF-05")
            }
            guard record.loanID == nil else {
                throw ValidationError(field: N_("Record"), N_("%@ is lent out and not yet returned"), record.line.code,
                                      rule: "CONF-04")
            }
            let borrower = borrowerCode.trimmingCharacters(in: .whitespaces).uppercased()
            guard try Bool.fetchOne(db, sql: "SELECT isActive FROM worker WHERE code = ?", arguments: [borrower]) == true
            else { throw ValidationError(field: N_("Borrower"), N_("no active worker has the code “%@”"), borrower) }
            try db.execute(sql: """
                INSERT INTO archiveLoan (recordID, code, borrowerCode, purpose, borrowedOn, dueOn, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.line.recordID, record.line.code, borrower, why, borrowedOn.description,
                                 dueOn.description, context.actor.workerCode, AuditTimestamp.format(now)])
            let id = db.lastInsertedRowID
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create,
                                        record: ProtectedRecordRef(kind: record.line.kind.recordKind, id: record.line.recordID),
                                        detail: "CONF-04 loan \(id): \(record.line.code) lent to \(borrower) for \(why), due \(dueOn)")
            return try AppDatabase.fetchArchiveLoans(db, where: "id = ?", arguments: [id])[0]
        }
    }

    /// Rule CONF-04: 服务部 records the return of a loan.
    public func returnArchiveLoan(_ loanID: Int64, returnedOn: CalendarDate, as session: Session,
                                  at now: Date = Date()) throws -> ArchiveLoan {
        try loanChange(loanID, as: session, at: now) { db, context, loan in
            try AppDatabase.requireArchiveCustody(context, rule: "CONF-04")
            guard returnedOn >= loan.borrowedOn else {
                throw ValidationError(field: N_("Returned on"), N_("the return day %@ is before the day it was lent, %@"),
                                      returnedOn.description, loan.borrowedOn.description, rule: "CONF-04")
            }
            try db.execute(sql: "UPDATE archiveLoan SET returnedOn = ?, returnRecordedBy = ? WHERE id = ?",
                           arguments: [returnedOn.description, context.actor.workerCode, loanID])
            return "CONF-04 loan \(loanID): \(loan.code) returned on \(returnedOn)"
        }
    }

    /// Rule CONF-04 (信息保密制度 第三章 2): the borrower, or 服务部, reports a borrowed file lost at once, with the day
    /// and what happened. It shows on the due board of 服务部 and the chair until 服务部 records the remedy.
    public func reportArchiveLoss(_ loanID: Int64, lostOn: CalendarDate, description: String, as session: Session,
                                  at now: Date = Date()) throws -> ArchiveLoan {
        try loanChange(loanID, as: session, at: now) { db, context, loan in
            guard context.actor.workerCode == loan.borrowerCode || context.actor.role == .serviceDepartment else {
                throw ValidationError(field: N_("Loss"), N_("only the borrower or the service department reports a loss"),
                                      rule: "CONF-04")
            }
            let what = description.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !what.isEmpty else {
                throw ValidationError(field: N_("Description"), N_("say what was lost and how"), rule: "CONF-04")
            }
            guard lostOn >= loan.borrowedOn, lostOn <= CalendarDate.today(now: now) else {
                throw ValidationError(field: N_("Lost on"), N_("the day of the loss must fall between %@ and today"),
                                      loan.borrowedOn.description, rule: "CONF-04")
            }
            try db.execute(sql: """
                UPDATE archiveLoan SET lostOn = ?, lossDescription = ?, lossReportedBy = ?, lossReportedAt = ? WHERE id = ?
                """, arguments: [lostOn.description, what, context.actor.workerCode, AuditTimestamp.format(now), loanID])
            return "CONF-04 loan \(loanID): \(loan.code) reported lost on \(lostOn): \(what)"
        }
    }

    /// Rule CONF-04: 服务部 records the remedy taken for a loss (补救措施); the loss leaves the due board.
    public func recordLossRemedy(_ loanID: Int64, remedy: String, as session: Session,
                                 at now: Date = Date()) throws -> ArchiveLoan {
        try loanChange(loanID, as: session, at: now) { db, context, loan in
            try AppDatabase.requireArchiveCustody(context, rule: "CONF-04")
            let what = remedy.trimmingCharacters(in: .whitespacesAndNewlines)
            guard loan.lostOn != nil, loan.remedy == nil, !what.isEmpty else {
                throw ValidationError(field: N_("Remedy"), N_("a remedy is recorded once, for a file reported lost"),
                                      rule: "CONF-04")
            }
            try db.execute(sql: "UPDATE archiveLoan SET remedy = ?, remedyRecordedBy = ? WHERE id = ?",
                           arguments: [what, context.actor.workerCode, loanID])
            return "CONF-04 loan \(loanID): remedy for \(loan.code): \(what)"
        }
    }

    /// The loans the session reaches: all for 服务部 and the chair, one's own borrowings for others; newest first.
    public func archiveLoans(openOnly: Bool = false, as session: Session, at now: Date = Date()) throws -> [ArchiveLoan] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let all = [.serviceDepartment, .chair, .viceChair].contains(context.actor.role)
            var condition = all ? "1" : "borrowerCode = ?"
            if openOnly { condition += " AND returnedOn IS NULL AND (lostOn IS NULL OR remedy IS NULL)" }
            let loans = try AppDatabase.fetchArchiveLoans(db, where: condition,
                                                          arguments: all ? [] : [context.actor.workerCode])
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "CONF-04 archive loans: \(loans.count) shown")
            return loans
        }
    }

    /// The records in 服务部's custody (CONF-04, CONF-05), for 服务部 and the chair. Logged as one `list` row.
    public func archivedRecords(as session: Session, at now: Date = Date()) throws -> [ArchivedRecord] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try AppDatabase.requireArchiveReader(context)
            let records = try AppDatabase.fetchArchivedRecords(db)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "CONF-05 archived records: \(records.count) shown")
            return records
        }
    }

    private func loanChange(_ loanID: Int64, as session: Session, at now: Date,
                            _ body: (Database, AccessContext, ArchiveLoan) throws -> String) throws -> ArchiveLoan {
        try accessTransaction(session, action: .view, at: now) { db, context in
            guard let loan = try AppDatabase.fetchArchiveLoans(db, where: "id = ?", arguments: [loanID]).first else {
                throw ValidationError(field: N_("Loan"), N_("no loan has the number %@"), String(loanID), rule: "CONF-04")
            }
            guard loan.returnedOn == nil, loan.lostOn == nil || loan.remedy == nil else {
                throw ValidationError(field: N_("Loan"), N_("loan %@ is already closed"), String(loanID), rule: "CONF-04")
            }
            let detail = try body(db, context, loan)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .edit,
                                        record: ProtectedRecordRef(kind: try AppDatabase.recordKind(db, loan.recordID),
                                                                   id: loan.recordID), detail: detail)
            return try AppDatabase.fetchArchiveLoans(db, where: "id = ?", arguments: [loanID])[0]
        }
    }

    static func fetchArchiveLoans(_ db: Database, where condition: String,
                                  arguments: StatementArguments = []) throws -> [ArchiveLoan] {
        try Row.fetchAll(db, sql: "SELECT * FROM archiveLoan WHERE \(condition) ORDER BY id DESC", arguments: arguments)
            .map { row in
                ArchiveLoan(id: row["id"], recordID: row["recordID"], code: row["code"], borrowerCode: row["borrowerCode"],
                            purpose: row["purpose"], borrowedOn: try date(row["borrowedOn"])!,
                            dueOn: try date(row["dueOn"])!, returnedOn: try date(row["returnedOn"]),
                            lostOn: try date(row["lostOn"]), lossDescription: row["lossDescription"],
                            lossReportedBy: row["lossReportedBy"], remedy: row["remedy"], recordedBy: row["recordedBy"])
            }
    }

    static func recordKind(_ db: Database, _ recordID: String) throws -> ProtectedRecordKind {
        ProtectedRecordKind(try String.fetchOne(db, sql: "SELECT kind FROM protectedRecord WHERE id = ?",
                                                arguments: [recordID]) ?? "")
    }

    /// Rules CONF-04, CONF-05: the archive is in 服务部's custody (档案接收制度 第二章 2).
    static func requireArchiveCustody(_ context: AccessContext, rule: String) throws {
        guard context.actor.role == .serviceDepartment else {
            throw ValidationError(field: N_("Archive"), N_("only the service department keeps the archive"), rule: rule)
        }
    }

    /// The archive's lists are read by 服务部 and the centre's leaders.
    static func requireArchiveReader(_ context: AccessContext) throws {
        guard [.serviceDepartment, .chair, .viceChair].contains(context.actor.role) else {
            throw AccessDenied(workerCode: context.actor.workerCode, action: .view, record: nil, reason: .actionNotGranted)
        }
    }
}
