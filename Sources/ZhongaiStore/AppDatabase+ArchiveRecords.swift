import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase {
    // MARK: The records a handover list is made of

    /// A record as a line of a handover list, found by its id or its archive code among case files, programmes and
    /// visits; nil when none has it. Ended records carry the day they ended, open ones none (ARC-08 refuses them).
    static func handoverLine(_ db: Database, idOrCode: String, today: CalendarDate) throws
        -> (line: HandoverListLine, holderCode: String)? {
        let key = idOrCode.trimmingCharacters(in: .whitespaces)
        if let id = try String.fetchOne(db, sql: "SELECT id FROM caseFile WHERE id = ? OR code = ?", arguments: [key, key]),
           let caseFile = try fetchCaseFile(db, id: id) {
            return (try caseLine(db, caseFile, today: today), caseFile.holderCode)
        }
        if let id = try String.fetchOne(db, sql: "SELECT id FROM programme WHERE id = ? OR code = ?", arguments: [key, key]),
           let programme = try fetchProgramme(db, id: id) {
            return (try programmeLine(db, programme), programme.holderCode)
        }
        if let row = try Row.fetchOne(db, sql: """
            SELECT visit.id, visit.code, visit.visitDate, client.name, protectedRecord.holderCode
            FROM visit JOIN client ON client.id = visit.clientID JOIN protectedRecord ON protectedRecord.id = visit.id
            WHERE visit.id = ? OR visit.code = ?
            """, arguments: [key, key]) {
            return (visitLine(row), row["holderCode"])
        }
        return nil
    }

    /// Rule CASE-14: a case ended (closed or referred) with its nine documents; the client's name masked.
    static func caseLine(_ db: Database, _ caseFile: CaseFile, today: CalendarDate) throws -> HandoverListLine {
        let detail = try caseDetail(db, caseFile, today: today)
        let counted = detail.archive.filter { $0.status != .notApplicable }
        let ready = counted.filter(\.status.isReady)
        return HandoverListLine(kind: .caseFile, recordID: caseFile.id, code: caseFile.code,
                                name: SensitiveField.maskName(detail.client.name),
                                closedOn: caseFile.state == .open ? nil : caseFile.closedOn,
                                documentsReady: ready.count, documentsTotal: counted.count,
                                missingDocuments: counted.filter { !$0.status.isReady }.map(\.kind.title))
    }

    /// Rules GRP-07, GRP-08: a programme counts as ended once archived after the report's approval; it belongs to
    /// the quarter of its last day (as its C3 deadline does).
    static func programmeLine(_ db: Database, _ programme: Programme) throws -> HandoverListLine {
        let checklist = try fetchArchiveChecklist(db, programme)
        return HandoverListLine(kind: .programme, recordID: programme.id, code: programme.code, name: programme.title,
                                closedOn: programme.stage == .archived ? programme.endsOn : nil,
                                documentsReady: checklist.filter(\.isTicked).count, documentsTotal: checklist.count,
                                missingDocuments: checklist.filter { !$0.isTicked }
                                    .map { $0.document.title(isGroup: programme.isGroup) })
    }

    /// Rule CONS-02: a visit is one 外展探访服务记录表, complete once recorded.
    static func visitLine(_ row: Row) -> HandoverListLine {
        HandoverListLine(kind: .visit, recordID: row["id"], code: row["code"],
                         name: SensitiveField.maskName(row["name"]),
                         closedOn: try? CalendarDate(parsing: row["visitDate"]), documentsReady: 1, documentsTotal: 1)
    }

    /// The ended records held by `holderCode` that are on no list handed over or received (a draft or returned
    /// list does not count), ended in `quarter` (or, with `through`, in it or before).
    static func pendingHandoverLines(_ db: Database, holderCode: String, quarter: ArchiveQuarter, through: Bool = false,
                                     today: CalendarDate) throws -> [HandoverListLine] {
        let from = through ? "0000-01-01" : quarter.firstDay.description
        let to = quarter.lastDay.description
        let notHandedOver = """
            NOT EXISTS (SELECT 1 FROM archiveHandoverItem i JOIN archiveHandoverList l ON l.id = i.listID
                        WHERE i.recordID = protectedRecord.id AND l.state IN ('handedOver', 'received'))
            """
        var lines: [HandoverListLine] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT caseFile.id FROM caseFile JOIN protectedRecord ON protectedRecord.id = caseFile.id
            WHERE protectedRecord.holderCode = ? AND caseFile.state <> 'open' AND caseFile.closedOn BETWEEN ? AND ?
              AND \(notHandedOver) ORDER BY caseFile.closedOn, caseFile.code
            """, arguments: [holderCode, from, to]) {
            if let caseFile = try fetchCaseFile(db, id: row["id"]) { lines.append(try caseLine(db, caseFile, today: today)) }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT programme.id FROM programme JOIN protectedRecord ON protectedRecord.id = programme.id
            WHERE protectedRecord.holderCode = ? AND programme.stage = 'archived' AND programme.endsOn BETWEEN ? AND ?
              AND \(notHandedOver) ORDER BY programme.endsOn, programme.code
            """, arguments: [holderCode, from, to]) {
            if let programme = try fetchProgramme(db, id: row["id"]) { lines.append(try programmeLine(db, programme)) }
        }
        lines += try Row.fetchAll(db, sql: """
            SELECT visit.id, visit.code, visit.visitDate, client.name
            FROM visit JOIN client ON client.id = visit.clientID JOIN protectedRecord ON protectedRecord.id = visit.id
            WHERE protectedRecord.holderCode = ? AND visit.visitDate BETWEEN ? AND ? AND \(notHandedOver)
            ORDER BY visit.visitDate, visit.code
            """, arguments: [holderCode, from, to]).map(visitLine)
        return lines
    }

    // MARK: Reading handover lists

    static func fetchHandoverList(_ db: Database, id: String) throws -> HandoverList? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT l.*, w.name AS workerName, r.name AS receiverName FROM archiveHandoverList l
            JOIN worker w ON w.code = l.workerCode LEFT JOIN worker r ON r.code = l.receiverCode WHERE l.id = ?
            """, arguments: [id]) else { return nil }
        let lines = try Row.fetchAll(db, sql: "SELECT * FROM archiveHandoverItem WHERE listID = ? ORDER BY position",
                                     arguments: [id]).map(handoverItem)
        return HandoverList(id: row["id"], workerCode: row["workerCode"], workerName: row["workerName"],
                            quarter: try ArchiveQuarter(year: row["year"], quarter: row["quarter"]),
                            state: HandoverListState(rawValue: row["state"]) ?? .draft, lines: lines,
                            createdAt: AuditTimestamp.parse(row["createdAt"]) ?? Date(timeIntervalSince1970: 0),
                            handedOverAt: (row["handedOverAt"] as String?).flatMap(AuditTimestamp.parse),
                            receiverCode: row["receiverCode"], receiverName: row["receiverName"],
                            receivedAt: (row["receivedAt"] as String?).flatMap(AuditTimestamp.parse),
                            returnedAt: (row["returnedAt"] as String?).flatMap(AuditTimestamp.parse),
                            returnReason: row["returnReason"])
    }

    static func handoverItem(_ row: Row) throws -> HandoverListLine {
        let missing = try JSONDecoder().decode([String].self, from: Data((row["missingDocuments"] as String).utf8))
        return HandoverListLine(kind: HandoverRecordKind(rawValue: row["kind"]) ?? .caseFile, recordID: row["recordID"],
                                code: row["code"], name: row["name"], closedOn: try date(row["closedOn"]),
                                documentsReady: row["documentsReady"], documentsTotal: row["documentsTotal"],
                                missingDocuments: missing)
    }

    /// The records in 服务部's custody: lines of received lists, with their open loan and destruction.
    static func fetchArchivedRecords(_ db: Database, where condition: String = "1",
                                     arguments: StatementArguments = []) throws -> [ArchivedRecord] {
        try Row.fetchAll(db, sql: """
            SELECT i.*, l.workerCode, l.receivedAt,
                   (SELECT id FROM archiveLoan o WHERE o.recordID = i.recordID AND o.returnedOn IS NULL
                                                   AND o.lostOn IS NULL) AS loanID,
                   (SELECT MIN(d.confirmedAt) FROM archiveDestructionItem di
                    JOIN archiveDestruction d ON d.id = di.destructionID
                    WHERE di.recordID = i.recordID AND d.confirmedAt IS NOT NULL) AS destroyedAt
            FROM archiveHandoverItem i JOIN archiveHandoverList l ON l.id = i.listID
            WHERE l.state = 'received' AND \(condition)
            ORDER BY l.receivedAt, i.listID, i.position
            """, arguments: arguments).map { row in
            let received = AuditTimestamp.parse(row["receivedAt"]) ?? Date(timeIntervalSince1970: 0)
            return ArchivedRecord(line: try handoverItem(row), listID: row["listID"], workerCode: row["workerCode"],
                                  receivedOn: CalendarDate.today(now: received), loanID: row["loanID"],
                                  destroyedOn: (row["destroyedAt"] as String?).flatMap(AuditTimestamp.parse)
                                      .map { CalendarDate.today(now: $0) })
        }
    }
}
