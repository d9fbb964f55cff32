import Foundation
import GRDB
import ZhongaiDomain
import ZhongaiStore

/// The store's operations on the large database, each beside the bare SQLite statement that does the same work
/// without the access policy, the audit log and the domain types.
struct StoreBenchmarks {
    let path: String
    let password: String
    let runs: Int

    /// The figures, and every case as 服务部 lists them (for the list model's figure).
    func run() throws -> (comparisons: [Comparison], everyCase: [CaseSummary]) {
        let database = try AppDatabase.open(path: path)
        let bare = try DatabaseQueue(path: path)
        let people = try bare.read { db in try BenchPeople(db) }
        let department = try database.authenticate(workerCode: people.serviceDepartment, password: password)
        let supervisor = try database.authenticate(workerCode: people.busiestSupervisor, password: password)
        let holder = try database.authenticate(workerCode: people.caseHolder, password: password)
        var results = [try durableWrite(database, session: holder, caseID: people.openCaseID)]
        results += try search(database, bare, session: department)
        results.append(try caseList(database, bare, session: supervisor, code: people.busiestSupervisor,
                                    title: "Case list of a 督导 (\(people.supervisedCount) workers down the chain)"))
        results.append(try firstPage(database, bare, session: department))
        let (every, rows) = try everyCase(database, bare, session: department)
        results.append(every)
        return (results, rows)
    }

    /// A service record through the store (access check, consent check, insert, FTS trigger, audit row, one
    /// transaction with synchronous=FULL) vs a bare insert and commit of one row with synchronous=FULL in WAL.
    private func durableWrite(_ database: AppDatabase, session: Session, caseID: String) throws -> Comparison {
        let today = CalendarDate.today(now: Date())
        let program = try Measurement.time("", runs: runs) {
            _ = try database.addServiceRecord(ServiceRecordDraft(caseID: caseID, servedOn: today, durationMinutes: 30,
                                                                 place: "社工站面谈室", method: .interview,
                                                                 content: "基准测试：面谈跟进服务对象近况。"),
                                              as: session)
        }
        let scratch = NSTemporaryDirectory() + "zhongai-bench-bare-\(getpid()).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) } }
        let queue = try DatabaseQueue(path: scratch)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
                CREATE TABLE note (id INTEGER PRIMARY KEY, caseID TEXT, servedOn TEXT, content TEXT)
                """)
        }
        let baseline = try Measurement.time("INSERT + COMMIT, synchronous=FULL, WAL", runs: runs) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO note (caseID, servedOn, content) VALUES (?, ?, ?)",
                               arguments: [caseID, today.description, "基准测试：面谈跟进服务对象近况。"])
            }
        }
        return Comparison(title: "Durable service record (addServiceRecord)", program: program, baseline: baseline)
    }

    /// Case search as 服务部 (every case visible), at the list's limit of 2000 rows, vs the bare query over the
    /// same index (≥3 characters) or the bare LIKE scan a naive program would do (1–2 characters).
    private func search(_ database: AppDatabase, _ bare: DatabaseQueue, session: Session) throws -> [Comparison] {
        let queries: [(title: String, text: String, bare: String, arguments: StatementArguments)] = [
            ("Case search, 4 characters (低保申请)", "低保申请", """
                SELECT caseFile.id FROM caseFile WHERE caseFile.id IN (
                    SELECT caseID FROM serviceRecord WHERE rowid IN
                        (SELECT rowid FROM serviceRecordSearch WHERE serviceRecordSearch MATCH '"低保申请"')
                    UNION SELECT caseFile.id FROM caseFile JOIN client ON client.id = caseFile.clientID
                        WHERE client.name LIKE '%低保申请%')
                ORDER BY openedOn DESC LIMIT 2000
                """, []),
            ("Case search, 2 characters (就业)", "就业", """
                SELECT DISTINCT caseFile.id FROM caseFile JOIN client ON client.id = caseFile.clientID
                LEFT JOIN serviceRecord ON serviceRecord.caseID = caseFile.id
                WHERE client.name LIKE '%就业%' OR serviceRecord.content LIKE '%就业%'
                ORDER BY caseFile.openedOn DESC LIMIT 2000
                """, []),
            ("Case search, 1 character (王)", "王", """
                SELECT caseFile.id FROM caseFile JOIN client ON client.id = caseFile.clientID
                WHERE client.name LIKE '%王%' OR caseFile.code LIKE '%王%' ORDER BY caseFile.openedOn DESC LIMIT 2000
                """, []),
        ]
        // The store's search reads each case's deadlines, which is slow at this size: fewer runs keep `make bench`
        // within minutes; the runs column says how many.
        return try queries.map { query in
            let program = try Measurement.time("", runs: max(3, runs / 5)) {
                _ = try database.cases(matching: CaseFilter(text: query.text), as: session, limit: 2000)
            }
            let baseline = try Measurement.time("bare SELECT", runs: runs) {
                _ = try bare.read { db in try String.fetchAll(db, sql: query.bare, arguments: query.arguments) }
            }
            return Comparison(title: query.title, program: program, baseline: baseline)
        }
    }

    private func caseList(_ database: AppDatabase, _ bare: DatabaseQueue, session: Session, code: String,
                          title: String) throws -> Comparison {
        let program = try Measurement.time("", runs: max(3, runs / 5)) {
            _ = try database.cases(matching: CaseFilter(state: .open), as: session, limit: 2000)
        }
        let baseline = try Measurement.time("bare SELECT over the chain", runs: runs) {
            _ = try bare.read { db in
                try Row.fetchAll(db, sql: """
                    WITH RECURSIVE chain(code) AS (SELECT ? UNION SELECT worker.code FROM worker JOIN chain
                                                   ON worker.supervisorCode = chain.code)
                    SELECT caseFile.*, client.name FROM caseFile JOIN protectedRecord ON protectedRecord.id = caseFile.id
                    JOIN client ON client.id = caseFile.clientID
                    WHERE caseFile.state = 'open' AND protectedRecord.holderCode IN (SELECT code FROM chain)
                    ORDER BY caseFile.openedOn DESC LIMIT 2000
                    """, arguments: [code])
            }
        }
        return Comparison(title: title, program: program, baseline: baseline)
    }

    /// The case list as 服务部 opens it: every case visible, the newest 2000 shown (the list's limit,
    /// CasesView.listLimit; beyond it the list asks for a search), each with its next deadline.
    private func firstPage(_ database: AppDatabase, _ bare: DatabaseQueue, session: Session) throws -> Comparison {
        let program = try Measurement.time("", runs: max(3, runs / 5)) {
            _ = try database.cases(matching: CaseFilter(), as: session, limit: 2000)
        }
        let baseline = try Measurement.time("bare SELECT of the newest 2000", runs: runs) {
            _ = try bare.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT caseFile.*, client.name FROM caseFile JOIN client ON client.id = caseFile.clientID
                    ORDER BY caseFile.openedOn DESC, caseFile.code DESC LIMIT 2000
                    """)
            }
        }
        return Comparison(title: "Case list of 服务部 (every case visible, first 2000 shown)", program: program,
                          baseline: baseline)
    }

    /// Every case, with its next deadline, as a model of all 100 000 rows would need them (ListModelBenchmark
    /// times the model). Long, so 3 runs without a warm-up.
    private func everyCase(_ database: AppDatabase, _ bare: DatabaseQueue, session: Session) throws
        -> (Comparison, [CaseSummary]) {
        var rows: [CaseSummary] = []
        let program = try Measurement.time("", runs: 3, warmUp: 0) {
            rows = try database.cases(matching: CaseFilter(), as: session, limit: nil)
        }
        let baseline = try Measurement.time("bare SELECT of every case", runs: 3, warmUp: 0) {
            _ = try bare.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT caseFile.*, client.name FROM caseFile JOIN client ON client.id = caseFile.clientID
                    ORDER BY caseFile.openedOn DESC, caseFile.code DESC
                    """)
            }
        }
        return (Comparison(title: "Every case for 服务部 (every summary, no limit)", program: program,
                           baseline: baseline), rows)
    }
}
