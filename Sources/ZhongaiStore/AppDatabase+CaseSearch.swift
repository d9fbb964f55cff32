import Foundation
import GRDB
import ZhongaiDomain

extension AppDatabase.Migration {
    static let v8CaseSearch = "v8-case-search"
}

extension AppDatabase {
    /// The search index over case narratives: service records' content and notes (issue 4, item 8).
    ///
    /// Why this shape: SQLite 3.40's trigram tokenizer indexes every 3 consecutive characters, so a query of 3 or
    /// more characters of any script is an index lookup; it matches nothing under 3 characters. A 2-character query
    /// is answered from the same index: fts5vocab lists, by an index range, the trigrams that begin with the 2
    /// characters, and the search matches any of them. Each text is indexed with two trailing spaces so that an
    /// occurrence at the very end still begins a trigram. This keeps one index (a bigram table beside it would
    /// double the size of the narratives for a rare query). A 1-character query (a surname) is not looked up in
    /// narratives, where a single character matches nearly everything; the case code, client name and phone are
    /// matched by LIKE over the case and client rows, which is a scan of short columns, fast at 100 000 cases.
    ///
    /// Service records are append-only (v6), so the index is contentless (it stores no copy of the text) and its
    /// rowid is the service record's rowid; an insert trigger keeps it current.
    static func registerCaseSearchMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration(Migration.v8CaseSearch) { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE serviceRecordSearch USING fts5(text, content = '', tokenize = 'trigram');
                CREATE VIRTUAL TABLE serviceRecordSearchTerm USING fts5vocab(serviceRecordSearch, 'row');
                INSERT INTO serviceRecordSearch (rowid, text)
                    SELECT rowid, content || ' ' || notes || '  ' FROM serviceRecord;
                CREATE TRIGGER serviceRecord_indexed AFTER INSERT ON serviceRecord
                    BEGIN
                        INSERT INTO serviceRecordSearch (rowid, text)
                        VALUES (NEW.rowid, NEW.content || ' ' || NEW.notes || '  ');
                    END;
                """)
        }
    }

    /// The cases the session may view, narrowed by `filter` and, when `filter.text` is given, matching it in the
    /// case code, the client's name or phone, or the service records' narrative (see the index above); sorted, at
    /// most `limit`, client names masked, each with its next deadline. The access policy, the filters, the text,
    /// the order and the limit are applied in SQL; only `overdueOnly` is decided per case (deadlines follow the
    /// working-day calendar), on facts read for a batch of listed cases at once. Logged once as a `list`, without
    /// the text searched.
    public func cases(matching filter: CaseFilter = CaseFilter(), sortedBy order: CaseSortOrder = .openedNewestFirst,
                      as session: Session, limit: Int? = nil, at now: Date = Date()) throws -> [CaseSummary] {
        try accessTransaction(session, action: .view, at: now) { db, context in
            try context.requireSomeScope(.view)
            let found = try AppDatabase.caseSearch(db, filter, order: order, context: context, limit: limit,
                                                   today: CalendarDate.today(now: now))
            try AppDatabase.appendAudit(db, at: now, actor: context.actor.workerCode, action: .list,
                                        detail: "case search: \(found.count) shown")
            return found
        }
    }

    private static func caseSearch(_ db: Database, _ filter: CaseFilter, order: CaseSortOrder,
                                   context: AccessContext, limit: Int?, today: CalendarDate) throws -> [CaseSummary] {
        let visible = context.recordCondition(.view)
        var sql = """
            SELECT caseFile.*, protectedRecord.holderCode, protectedRecord.servicePointID,
                   client.name AS clientName, client.categoryCode
            FROM caseFile JOIN protectedRecord ON protectedRecord.id = caseFile.id
            JOIN client ON client.id = caseFile.clientID
            WHERE \(visible.sql)
            """
        var arguments = visible.arguments
        if let stage = filter.stage { sql += " AND caseFile.stage = ?"; arguments += [stage.rawValue] }
        if let state = filter.state { sql += " AND caseFile.state = ?"; arguments += [state.rawValue] }
        if let holder = filter.holderCode { sql += " AND protectedRecord.holderCode = ?"; arguments += [holder] }
        if let point = filter.servicePointID { sql += " AND protectedRecord.servicePointID = ?"; arguments += [point] }
        if let category = filter.categoryCode { sql += " AND client.categoryCode = ?"; arguments += [category] }
        if let text = filter.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            let match = try textCondition(db, text)
            sql += " AND " + match.sql
            arguments += match.arguments
        }
        sql += " ORDER BY " + orderClause(order)
        // Overdue is decided per case after the query, so the limit is applied while reading then.
        if let limit, !filter.overdueOnly { sql += " LIMIT ?"; arguments += [max(limit, 0)] }
        let deadlines = try caseDeadlines(db)
        let wanted = limit.map { max($0, 0) } ?? Int.max
        var summaries: [CaseSummary] = []
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        // The rows are read a batch at a time, their facts by one statement per batch, until the limit is reached.
        var listed: [(caseFile: CaseFile, clientName: String, categoryCode: String)] = []
        var exhausted = false
        while summaries.count < wanted, !exhausted {
            listed.removeAll(keepingCapacity: true)
            while listed.count < deadlineFactsBatchSize {
                guard let row = try cursor.next() else { exhausted = true; break }
                listed.append((try caseFile(row), row["clientName"], row["categoryCode"]))
            }
            let facts = try deadlineFacts(db, listed.map(\.caseFile))
            for (caseFile, clientName, categoryCode) in listed where summaries.count < wanted {
                // Every listed case has its facts.
                let next = deadlines.next(for: facts[caseFile.id]!, today: today)
                if filter.overdueOnly, next?.status != .overdue { continue }
                summaries.append(CaseSummary(id: caseFile.id, code: caseFile.code,
                                             clientName: SensitiveField.name.mask(clientName),
                                             categoryCode: categoryCode, holderCode: caseFile.holderCode,
                                             servicePointID: caseFile.servicePointID, stage: caseFile.stage,
                                             state: caseFile.state, openedOn: caseFile.openedOn,
                                             closedOn: caseFile.closedOn, nextDeadline: next))
            }
        }
        return summaries
    }

    /// The SQL condition on a case matching `text`: code, client name or phone by LIKE; the narrative by the
    /// trigram index for 3 characters or more, by the trigrams beginning with it for 2, not at all for 1. Written as
    /// one set of case ids built from each source (short scans and index lookups), so that SQLite reads only the
    /// matching cases instead of walking every case in list order (10 times faster at 100 000 cases).
    static func textCondition(_ db: Database, _ text: String) throws -> (sql: String, arguments: StatementArguments) {
        let pattern = "%" + escapedForLike(text) + "%"
        var sources = [
            "SELECT id FROM caseFile WHERE code LIKE ? ESCAPE '\\'",
            """
            SELECT caseFile.id FROM caseFile WHERE caseFile.clientID IN
                (SELECT id FROM client WHERE name LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\')
            """,
        ]
        var arguments: StatementArguments = [pattern, pattern, pattern]
        if let match = try narrativeMatch(db, text) {
            sources.append("""
                SELECT caseID FROM serviceRecord WHERE rowid IN
                    (SELECT rowid FROM serviceRecordSearch WHERE serviceRecordSearch MATCH ?)
                """)
            arguments += [match]
        }
        return ("caseFile.id IN (" + sources.joined(separator: " UNION ") + ")", arguments)
    }

    /// The FTS5 query for the narrative, or nil when the narrative is not searched (1 character, or 2 that begin
    /// no indexed trigram).
    private static func narrativeMatch(_ db: Database, _ text: String) throws -> String? {
        switch text.count {
        case 0, 1:
            return nil
        case 2:
            // The tokenizer folds case, so the vocabulary is lower case.
            let prefix = text.lowercased()
            let trigrams = try String.fetchAll(db, sql: """
                SELECT term FROM serviceRecordSearchTerm WHERE term >= ? AND term < ?
                """, arguments: [prefix, prefix + "\u{10FFFF}"])
            return trigrams.isEmpty ? nil : trigrams.map(ftsString).joined(separator: " OR ")
        default:
            return ftsString(text)
        }
    }

    /// `text` as one FTS5 string: matched as a phrase, its quotes doubled, no operators.
    private static func ftsString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func orderClause(_ order: CaseSortOrder) -> String {
        switch order {
        case .openedNewestFirst: "caseFile.openedOn DESC, caseFile.code DESC"
        case .openedOldestFirst: "caseFile.openedOn, caseFile.code"
        case .code: "caseFile.code"
        case .stage: """
            CASE caseFile.stage WHEN 'intake' THEN 1 WHEN 'assessment' THEN 2 WHEN 'planning' THEN 3
                WHEN 'intervention' THEN 4 WHEN 'evaluation' THEN 5 ELSE 6 END, caseFile.openedOn DESC, caseFile.code DESC
            """
        }
    }
}
