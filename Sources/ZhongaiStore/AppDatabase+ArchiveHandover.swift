import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    // MARK: Quarterly handover lists (ARC-08, ARC-09)

    /// The ended records of `workerCode` (the signed-in worker when nil) for `quarter` that are not yet handed over,
    /// each with its documents (CASE-14, GRP-08): what a new list would hold. Logged as one `list` row.
    public func handoverCandidates(workerCode: String? = nil, quarter: ArchiveQuarter, as session: Session,
                                   at now: Date = Date()) throws -> [HandoverListLine] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            let worker = try AppDatabase.handoverWorker(db, workerCode ?? context.actor.workerCode)
            try context.authorize(.view, nil, ownership: worker.ownership)
            let lines = try AppDatabase.pendingHandoverLines(db, holderCode: worker.code, quarter: quarter,
                                                             today: CalendarDate.today(now: now))
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "ARC-08 handover candidates \(worker.code) \(quarter): \(lines.count) shown")
            return lines
        }
    }

    /// Rule ARC-08: a draft 移交清单 of `workerCode`'s ended records of `quarter`: the records named in `records`
    /// (ids or archive codes; ended in the quarter or before), or every record not yet handed over when nil. A record
    /// that has not ended, is not the worker's, or is already handed over refuses the whole list; nothing is written.
    public func createHandoverList(workerCode: String? = nil, quarter: ArchiveQuarter, records: [String]? = nil,
                                   as session: Session, at now: Date = Date()) throws -> HandoverList {
        try accessTransaction(session, action: .create, at: now) { db, context in
            let worker = try AppDatabase.handoverWorker(db, workerCode ?? context.actor.workerCode)
            try context.authorize(.create, nil, ownership: worker.ownership)
            // Rule ARC-08: one draft of a quarter at a time, so that the same records are not listed twice.
            if try Bool.fetchOne(db, sql: """
                SELECT 1 FROM archiveHandoverList WHERE workerCode = ? AND year = ? AND quarter = ? AND state = 'draft'
                """, arguments: [worker.code, quarter.year, quarter.quarter]) == true {
                throw ValidationError(field: N_("Handover list"),
                                      N_("the list of %@ made earlier is still to be handed over"), quarter.chineseText,
                                      rule: "ARC-08")
            }
            let today = CalendarDate.today(now: now)
            let lines: [HandoverListLine]
            if let records {
                lines = try records.map { key in
                    guard let found = try AppDatabase.handoverLine(db, idOrCode: key, today: today),
                          found.holderCode == worker.code else {
                        throw ValidationError(field: N_("Records"), N_("%@ is not a record held by %@"), key,
                                              worker.code, rule: "ARC-08")
                    }
                    return found.line
                }
                try ArchiveHandoverRules.checkClosed(lines)
                let pending = Set(try AppDatabase.pendingHandoverLines(db, holderCode: worker.code, quarter: quarter,
                                                                       through: true, today: today).map(\.recordID))
                if let late = lines.first(where: { !pending.contains($0.recordID) }) {
                    throw ValidationError(field: N_("Records"),
                                          N_("%@ is already handed over, or ended after %@"), late.code,
                                          quarter.chineseText, rule: "ARC-08")
                }
            } else {
                lines = try AppDatabase.pendingHandoverLines(db, holderCode: worker.code, quarter: quarter, today: today)
                try ArchiveHandoverRules.checkClosed(lines)
            }
            // A record may sit on drafts of several quarters; the first handed over takes it (see `handOver`).
            let ref = try AppDatabase.registerProtectedRecord(db, kind: .archiveHandoverList, holderCode: worker.code,
                                                              servicePointID: worker.ownership.servicePointID, at: now)
            try db.execute(sql: """
                INSERT INTO archiveHandoverList (id, workerCode, year, quarter, createdBy, createdAt) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [ref.id, worker.code, quarter.year, quarter.quarter, context.actor.workerCode,
                                 AuditTimestamp.format(now)])
            for (index, line) in lines.enumerated() {
                let missing = String(decoding: try JSONEncoder().encode(line.missingDocuments), as: UTF8.self)
                try db.execute(sql: """
                    INSERT INTO archiveHandoverItem (listID, position, kind, recordID, code, name, closedOn,
                                                     documentsReady, documentsTotal, missingDocuments)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [ref.id, index + 1, line.kind.rawValue, line.recordID, line.code, line.name,
                                     line.closedOn?.description, line.documentsReady, line.documentsTotal, missing])
            }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .create, record: ref,
                                        detail: "ARC-08 handover list \(worker.code) \(quarter): "
                                            + lines.map(\.code).joined(separator: ", "))
            // Written just above.
            return try AppDatabase.fetchHandoverList(db, id: ref.id)!
        }
    }

    /// Rule ARC-08, first signature: the worker confirms handing the list over, with the time.
    public func handOver(listID: String, as session: Session, at now: Date = Date()) throws -> HandoverList {
        try moveHandoverList(listID, to: .handedOver, as: session, at: now) { db, list in
            if let taken = try String.fetchOne(db, sql: """
                SELECT i.code FROM archiveHandoverItem i JOIN archiveHandoverItem o ON o.recordID = i.recordID
                JOIN archiveHandoverList l ON l.id = o.listID
                WHERE i.listID = ? AND o.listID <> i.listID AND l.state IN ('handedOver', 'received') LIMIT 1
                """, arguments: [list.id]) {
                throw ValidationError(field: N_("Records"), N_("%@ is already handed over, or ended after %@"), taken,
                                      list.quarter.chineseText, rule: "ARC-08")
            }
            try db.execute(sql: "UPDATE archiveHandoverList SET state = 'handedOver', handedOverAt = ? WHERE id = ?",
                           arguments: [AuditTimestamp.format(now), list.id])
            return (.handover, "ARC-08 handed over \(list.quarter): \(list.lines.count) records, \(list.documentCount) documents")
        }
    }

    /// Rule ARC-08, second signature: 服务部 confirms receipt, with the time; final. The records are archived.
    public func receiveHandoverList(listID: String, as session: Session, at now: Date = Date()) throws -> HandoverList {
        try moveHandoverList(listID, to: .received, as: session, at: now) { db, list in
            try db.execute(sql: """
                UPDATE archiveHandoverList SET state = 'received', receiverCode = ?, receivedAt = ? WHERE id = ?
                """, arguments: [session.workerCode, AuditTimestamp.format(now), list.id])
            return (.approve, "ARC-08 received \(list.quarter): \(list.lines.count) records, \(list.documentCount) documents")
        }
    }

    /// Rule ARC-08: 服务部 gives the list back with a reason (documents missing); the worker makes a new one.
    public func returnHandoverList(listID: String, reason: String, as session: Session,
                                   at now: Date = Date()) throws -> HandoverList {
        try moveHandoverList(listID, to: .returned, as: session, at: now) { db, list in
            let why = try ArchiveHandoverRules.checkReturnReason(reason)
            try db.execute(sql: """
                UPDATE archiveHandoverList SET state = 'returned', receiverCode = ?, returnedAt = ?, returnReason = ?
                WHERE id = ?
                """, arguments: [session.workerCode, AuditTimestamp.format(now), why, list.id])
            return (.edit, "ARC-08 returned: \(why)")
        }
    }

    /// The lists the session reaches (its own; its supervisees'; all for 服务部 and the chair), newest first,
    /// optionally in one state. Logged as one `list` row.
    public func handoverLists(state: HandoverListState? = nil, as session: Session,
                              at now: Date = Date()) throws -> [HandoverList] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let visible = context.recordCondition(.view)
            var arguments = visible.arguments
            var sql = """
                SELECT l.id FROM archiveHandoverList l JOIN protectedRecord ON protectedRecord.id = l.id
                WHERE \(visible.sql)
                """
            if let state {
                sql += " AND l.state = ?"
                arguments += [state.rawValue]
            }
            let lists = try String.fetchAll(db, sql: sql + " ORDER BY l.createdAt DESC", arguments: arguments)
                .compactMap { try AppDatabase.fetchHandoverList(db, id: $0) }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "ARC-08 handover lists: \(lists.count) shown")
            return lists
        }
    }

    /// One list, for reading (`view`), exporting its PDF (`export`) or printing it (`print`); logged.
    public func handoverList(id: String, purpose: AccessAction = .view, as session: Session,
                             at now: Date = Date()) throws -> HandoverList {
        let ref = ProtectedRecordRef(kind: .archiveHandoverList, id: id)
        return try accessTransaction(session, action: purpose, record: ref, at: now) { db, context in
            try context.authorize(db, purpose, ref)
            guard let list = try AppDatabase.fetchHandoverList(db, id: id), let logged = AuditAction(recordAction: purpose)
            else { throw AccessDenied(workerCode: context.actor.workerCode, action: purpose, record: ref, reason: .noSuchRecord) }
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: logged, record: ref,
                                        detail: "ARC-08 handover list \(list.workerCode) \(list.quarter)")
            return list
        }
    }

    /// One move of a list's state (ARC-08), checked and logged, in one transaction.
    private func moveHandoverList(_ listID: String, to target: HandoverListState, as session: Session, at now: Date,
                                  _ body: (Database, HandoverList) throws -> (AuditAction, String)) throws -> HandoverList {
        let ref = ProtectedRecordRef(kind: .archiveHandoverList, id: listID)
        return try accessTransaction(session, action: .view, record: ref, at: now) { db, context in
            try context.authorize(db, .view, ref)
            guard let list = try AppDatabase.fetchHandoverList(db, id: listID) else {
                throw AccessDenied(workerCode: context.actor.workerCode, action: .view, record: ref, reason: .noSuchRecord)
            }
            try ArchiveHandoverRules.checkMove(from: list.state, to: target, actorCode: context.actor.workerCode,
                                               actorRole: context.actor.role, workerCode: list.workerCode)
            let (action, detail) = try body(db, list)
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: action, record: ref,
                                        detail: detail)
            // Exists: read above.
            return try AppDatabase.fetchHandoverList(db, id: listID)!
        }
    }

    /// The worker whose records a list holds: an existing worker, with their service point.
    private static func handoverWorker(_ db: Database, _ code: String) throws -> (code: String, ownership: RecordOwnership) {
        let key = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard let row = try Row.fetchOne(db, sql: "SELECT code, servicePointID FROM worker WHERE code = ?", arguments: [key])
        else { throw ValidationError(field: N_("Worker"), N_("no worker has the code “%@”"), key) }
        return (row["code"], RecordOwnership(holderCode: row["code"], servicePointID: row["servicePointID"]))
    }

    // MARK: The due board

    /// Quarterly archive handover (ARC-08, ARC-09, C3), borrowing and archive checks (CONF-04, CONF-05): the items of the due board the session reaches.
    static func archiveDueItems(_ db: Database, context: AccessContext, today: CalendarDate) throws -> [DueItem] {
        let entries = try fetchPolicyEntries(db)
        let schedule = ArchiveSchedule(policy: try Policy(entries: entries))
        func clauses(_ keys: PolicyKey...) -> [String] { keys.compactMap { key in entries.first { $0.key == key }?.clause } }
        var items: [DueItem] = []

        // Rule C3 (ARC-09): per worker and quarter, the ended records not yet handed over.
        let visible = context.recordCondition(.view)
        let pending = try Row.fetchAll(db, sql: """
            SELECT protectedRecord.holderCode AS holder, r.ended AS ended, r.code AS code FROM (
                SELECT id, closedOn AS ended, code FROM caseFile WHERE state <> 'open'
                UNION ALL SELECT id, endsOn, code FROM programme WHERE stage = 'archived'
                UNION ALL SELECT id, visitDate, code FROM visit) r
            JOIN protectedRecord ON protectedRecord.id = r.id
            JOIN worker ON worker.code = protectedRecord.holderCode
            WHERE \(visible.sql) AND worker.role <> 'serviceDepartment'
              AND NOT EXISTS (SELECT 1 FROM archiveHandoverItem i JOIN archiveHandoverList l ON l.id = i.listID
                              WHERE i.recordID = r.id AND l.state IN ('handedOver', 'received'))
            ORDER BY r.ended, r.code
            """, arguments: visible.arguments)
        var groups: [String: (holder: String, quarter: ArchiveQuarter, codes: [String])] = [:]
        for row in pending {
            guard let ended = try? CalendarDate(parsing: row["ended"]) else { continue }
            let quarter = ArchiveQuarter(containing: ended)
            let key = "\(quarter):\(row["holder"] as String)"
            groups[key, default: (row["holder"], quarter, [])].codes.append(row["code"])
        }
        for (key, group) in groups {
            let due = schedule.handoverDue(group.quarter)
            let shown = group.codes.prefix(3).joined(separator: "、") + (group.codes.count > 3 ? "等\(group.codes.count)项" : "")
            items.append(DueItem(rule: "C3, ARC-09", clauses: clauses(.quarterlyArchiveDueDay, .quarterlyArchiveAlarmDay),
                                 title: N_("Hand the quarter's closed records over to the service department"),
                                 detail: "\(group.quarter.chineseText)：\(shown)",
                                 subject: DueSubject(kind: .archiveHandover, id: "quarter:" + key),
                                 ownerCode: group.holder, dueOn: due.dueOn, overdueAfter: due.overdueAfter,
                                 status: schedule.status(dueOn: due.dueOn, overdueAfter: due.overdueAfter, today: today)))
        }

        let role = context.actor.role
        let me = context.actor.workerCode
        if role == .serviceDepartment {
            // Rule ARC-08: lists handed over, waiting for the second signature.
            for row in try Row.fetchAll(db, sql: """
                SELECT l.id, l.year, l.quarter, l.workerCode, w.name FROM archiveHandoverList l
                JOIN worker w ON w.code = l.workerCode WHERE l.state = 'handedOver' AND l.workerCode <> ?
                """, arguments: [me]) {
                let quarter = try ArchiveQuarter(year: row["year"], quarter: row["quarter"])
                let due = schedule.handoverDue(quarter)
                items.append(DueItem(rule: "ARC-08", clauses: clauses(.quarterlyArchiveDueDay, .quarterlyArchiveAlarmDay),
                                     title: N_("Receive a handover list"),
                                     detail: "\(row["name"] as String) \(quarter.chineseText)",
                                     subject: DueSubject(kind: .archiveHandover, id: "list:" + (row["id"] as String)),
                                     ownerCode: me, dueOn: due.dueOn, overdueAfter: due.overdueAfter,
                                     status: schedule.status(dueOn: due.dueOn, overdueAfter: due.overdueAfter, today: today)))
            }
            // Rule CONF-05: the quarterly check, the yearly inventory, and the bulk destruction.
            for (kind, key) in [(ArchiveCheckKind.quarterlyCheck, PolicyKey.archiveCheckIntervalMonths),
                                (.yearlyInventory, .archiveInventoryIntervalMonths)] {
                let last = try String.fetchOne(db, sql: "SELECT MAX(checkedOn) FROM archiveCheck WHERE kind = ?",
                                               arguments: [kind.rawValue]).flatMap { try? CalendarDate(parsing: $0) }
                let due = kind == .quarterlyCheck ? schedule.nextCheck(after: last, today: today)
                    : schedule.nextInventory(after: last, today: today)
                items.append(DueItem(rule: "CONF-05", clauses: clauses(key), title: kind.title,
                                     detail: last.map { "上次：\($0)" } ?? "尚无记录",
                                     subject: DueSubject(kind: .archiveCheck, id: "check:" + kind.rawValue),
                                     ownerCode: me, dueOn: due, status: schedule.status(dueOn: due, today: today)))
            }
            let undestroyed = try fetchArchivedRecords(db, where: """
                NOT EXISTS (SELECT 1 FROM archiveDestructionItem di JOIN archiveDestruction d ON d.id = di.destructionID
                            WHERE di.recordID = i.recordID AND d.confirmedAt IS NOT NULL)
                """)
            if let oldest = undestroyed.map(\.receivedOn).min() {
                let due = schedule.destructionDue(receivedOn: oldest)
                items.append(DueItem(rule: "CONF-05", clauses: clauses(.archiveDestructionIntervalYears),
                                     title: N_("Bulk destruction of archived paper material"),
                                     detail: "最早接收：\(oldest)", subject: DueSubject(kind: .archiveCheck, id: "destruction"),
                                     ownerCode: me, dueOn: due, status: schedule.status(dueOn: due, today: today)))
            }
        }
        if role == .chair {
            for row in try Row.fetchAll(db, sql: "SELECT id, proposedAt FROM archiveDestruction WHERE confirmedAt IS NULL") {
                let proposed = CalendarDate.today(now: AuditTimestamp.parse(row["proposedAt"]) ?? Date())
                items.append(DueItem(rule: "CONF-05", clauses: clauses(.archiveDestructionIntervalYears),
                                     title: N_("Confirm the destruction batch"), detail: "批次 \(row["id"] as Int64)",
                                     subject: DueSubject(kind: .archiveCheck, id: "destruction:\(row["id"] as Int64)"),
                                     ownerCode: me, dueOn: proposed, status: schedule.status(dueOn: proposed, today: today)))
            }
        }

        // Rule CONF-04: loans not returned (the borrower's own; all for 服务部 and the chair), and losses reported.
        let seesAll = role == .serviceDepartment || role == .chair
        for loan in try fetchArchiveLoans(db, where: seesAll ? "(returnedOn IS NULL AND (lostOn IS NULL OR remedy IS NULL))"
                                            : "(returnedOn IS NULL AND lostOn IS NULL AND borrowerCode = ?)",
                                          arguments: seesAll ? [] : [me]) {
            if let lostOn = loan.lostOn {
                items.append(DueItem(rule: "CONF-04", title: N_("A borrowed file was reported lost"),
                                     detail: "\(loan.code)：\(loan.lossDescription ?? "")",
                                     subject: DueSubject(kind: .archiveCheck, id: "loan:\(loan.id)"),
                                     ownerCode: me, dueOn: lostOn, status: .overdue))
            } else {
                items.append(DueItem(rule: "CONF-04", title: N_("Return the borrowed file"),
                                     detail: "\(loan.code)（\(loan.borrowerCode)）",
                                     subject: DueSubject(kind: .archiveCheck, id: "loan:\(loan.id)"),
                                     ownerCode: loan.borrowerCode, dueOn: loan.dueOn,
                                     status: schedule.status(dueOn: loan.dueOn, today: today)))
            }
        }
        return items.sorted { ($0.dueOn ?? today, $0.detail) < ($1.dueOn ?? today, $1.detail) }
    }
}
